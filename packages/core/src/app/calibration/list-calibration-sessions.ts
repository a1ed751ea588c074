/** Use-case: the org's calibration sessions, newest first — an assessor's list holds only those they rate. */
import {
  type CalibrationSessionSummary,
  listCalibrationSessions,
} from '../../db/queries/calibration-sessions.ts';
import type { Database } from '../../db/sql-client.ts';
import type { Caller } from '../accounts/caller.ts';

export const listCalibrationSessionsUseCase = async (
  db: Database,
  caller: Caller,
  _input: Record<string, never> = {},
): Promise<CalibrationSessionSummary[]> => {
  if (caller.role !== 'assessor')
    return listCalibrationSessions(db, caller.orgId, null, caller.userId ?? null);
  // An assessor's API token is no one's rater: it sees no session.
  return caller.userId ? listCalibrationSessions(db, caller.orgId, caller.userId, caller.userId) : [];
};
