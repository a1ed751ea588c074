/**
 * The two adjacent windows an outcome comparison reads: `to` defaults to the latest as-of date
 * (else today), `from` to two quarters before it; each date reads the projects that went live in
 * the window of the same length before it, (from − w, from] and (to − w, to] with w = to − from.
 */
import { latestAsOfDate } from '../../db/queries/history.ts';
import type { SqlClient } from '../../db/sql-client.ts';
import { addDays, daysBetween } from '../../domain/dates.ts';
import type { ImpactWindows } from '../../domain/remediation-impact.ts';
import { AppError } from '../../errors.ts';

/** Two quarters: the default distance between the dates compared. */
export const DEFAULT_SPAN_DAYS = 182;

export interface OutcomeWindowsInput {
  from?: string;
  to?: string;
  /** The caller's date: "to" when nothing has been assessed or scored yet. */
  today: string;
}

export const outcomeWindows = async (
  db: SqlClient,
  orgId: string,
  q: OutcomeWindowsInput,
): Promise<ImpactWindows & { days: number }> => {
  const to = q.to ?? (await latestAsOfDate(db, orgId)) ?? q.today;
  const from = q.from ?? addDays(to, -DEFAULT_SPAN_DAYS);
  const days = daysBetween(from, to);
  if (days <= 0)
    throw new AppError('INVALID_INPUT', `"from" (${from}) must be before "to" (${to})`, [
      { field: 'query.from', reason: 'must be before to' },
    ]);
  return { beforeFrom: addDays(from, -days), before: from, afterFrom: addDays(to, -days), after: to, days };
};
