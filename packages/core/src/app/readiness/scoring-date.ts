/**
 * The scoring a read is about: the latest, or the latest on or before `asOf`; none yet is "not found".
 */
import { latestScoringDate } from '../../db/queries/readiness-reads.ts';
import type { Database } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import type { Caller } from '../accounts/caller.ts';

export const noScoring = () =>
  new AppError('NOT_FOUND', 'Partner readiness has not been scored yet; run a scoring first');

export const scoringDate = async (db: Database, caller: Caller, asOf?: string) => {
  const date = await latestScoringDate(db, caller.orgId, asOf);
  if (!date) throw noScoring();
  return date;
};
