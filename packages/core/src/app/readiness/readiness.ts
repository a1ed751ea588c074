/**
 * Reading partner readiness as last scored: the org summary (tier distribution, readiness by role,
 * largest gaps, remediation), the partners' tiers a page at a time, and one partner's components,
 * contributions, gates, next-tier needs and live remediation plan. Partner users reach only their
 * own partner: any other is "not found".
 */
import type { ReadinessSummary, TierRow, TierSort } from '@trellis/contracts';
import {
  latestScoringDate,
  pageTiers,
  partnerReadinessRow,
  scoringDates,
  scoringSummary,
} from '../../db/queries/readiness-reads.ts';
import { listRemediation } from '../../db/queries/save-readiness.ts';
import type { Database } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import { importedSince } from '../../importers/import-log.ts';
import type { Caller } from '../accounts/caller.ts';

const noScoring = () =>
  new AppError('NOT_FOUND', 'Partner readiness has not been scored yet; run a scoring first');

const scoringDate = async (db: Database, caller: Caller, asOf?: string) => {
  const date = await latestScoringDate(db, caller.orgId, asOf);
  if (!date) throw noScoring();
  return date;
};

export const readinessSummaryUseCase = async (
  db: Database,
  caller: Caller,
  asOf?: string,
): Promise<ReadinessSummary> => {
  const date = await scoringDate(db, caller, asOf);
  const scorings = await scoringDates(db, caller.orgId);
  const made = scorings.find((s) => s.asOf === date)!.createdAt;
  return {
    ...(await scoringSummary(db, caller.orgId, date))!,
    scorings,
    // What the scoring does not know: rows imported or changed after it was made.
    importedSince: await importedSince(db, caller.orgId, made),
  };
};

export const pageTiersUseCase = async (
  db: Database,
  caller: Caller,
  q: { asOf?: string; tier?: string; review?: boolean; sort?: TierSort; limit: number; offset: number },
): Promise<{ asOf: string; items: TierRow[]; total: number }> => {
  const asOf = await scoringDate(db, caller, q.asOf);
  return { asOf, ...(await pageTiers(db, caller.orgId, asOf, { ...q, partnerId: caller.partner?.id })) };
};

export const partnerReadinessUseCase = async (
  db: Database,
  caller: Caller,
  externalId: string,
  asOf?: string,
) => {
  const row = await partnerReadinessRow(db, caller.orgId, externalId, asOf, caller.partner?.id);
  if (!row) throw new AppError('NOT_FOUND', `No partner with external_id "${externalId}"`);
  if (!row.asOf) throw noScoring();
  if (!row.detail)
    throw new AppError(
      'NOT_FOUND',
      `Partner ${externalId} was not part of the scoring of ${row.asOf} (retired, or added since)`,
    );
  return { asOf: row.asOf, ...row.detail, remediation: await listRemediation(db, caller.orgId, externalId) };
};
