/**
 * Who may see which session: program managers, admins, owners and viewers see every session; an
 * assessor only those they rate — any other is "not found" to them, as another org's would be.
 */
import { calibrationSessionOf, isSessionRater } from '../../db/queries/calibration-sessions.ts';
import type { SqlClient } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import type { Caller } from '../accounts/caller.ts';

export const notFound = (number: number) => new AppError('NOT_FOUND', `No calibration session #${number}`);

/** Whether the caller rates the session (an API token is no one's rater). */
export const ratesSession = (db: SqlClient, caller: Caller, number: number): Promise<boolean> =>
  caller.userId ? isSessionRater(db, caller.orgId, number, caller.userId) : Promise.resolve(false);

/** The session as the caller may see it, or NOT_FOUND; `lock` holds the row to the transaction's end. */
export const visibleSession = async (db: SqlClient, caller: Caller, number: number, lock = false) => {
  const session = await calibrationSessionOf(db, caller.orgId, number, lock);
  if (!session) throw notFound(number);
  if (caller.role === 'assessor' && !(await ratesSession(db, caller, number))) throw notFound(number);
  return session;
};

/** The caller's user id as a rater of the session, or the refusal (assessors: not found). */
export const raterOf = async (db: SqlClient, caller: Caller, number: number): Promise<string> => {
  if (caller.userId && (await ratesSession(db, caller, number))) return caller.userId;
  throw new AppError('FORBIDDEN', `You are not a rater of calibration session #${number}`);
};
