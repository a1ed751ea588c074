/** The program's outcomes between two dates (docs/metrics.md, "Quarter over quarter"). */
import type { OutcomesComparison } from '@trellis/contracts';
import { latestAsOfDate, outcomeWindow } from '../../db/queries/history.ts';
import type { SqlClient } from '../../db/sql-client.ts';
import { addDays, daysBetween } from '../../domain/dates.ts';
import { compareOutcomes, type OutcomeWindowRow, outcomeFigures } from '../../domain/outcome-change.ts';
import { AppError } from '../../errors.ts';
import type { Caller } from '../accounts/caller.ts';

/** Two quarters: the default distance between the dates compared. */
export const DEFAULT_SPAN_DAYS = 182;

const byPartner = (rows: OutcomeWindowRow[]) =>
  rows.map((r) => ({
    externalId: r.externalId,
    name: r.name,
    projects: r.projects,
    timeToLiveDays: r.projects ? r.timeToLiveDaysSum / r.projects : null,
    csat: r.csatN ? r.csatSum / r.csatN : null,
    renewed: r.renewedN ? `${r.renewedYes} of ${r.renewedN}` : '—',
    expanded: r.expandedN ? `${r.expandedYes} of ${r.expandedN}` : '—',
  }));

/**
 * Outcomes at `from` against `to`: each date reads the projects that went live in the window of
 * the same length before it, (from − w, from] and (to − w, to] with w = to − from, so the two
 * windows are adjacent and never overlap.
 */
export const compareOutcomesUseCase = async (
  db: SqlClient,
  caller: Pick<Caller, 'orgId'>,
  q: { from?: string; to?: string; today: string },
): Promise<OutcomesComparison> => {
  const to = q.to ?? (await latestAsOfDate(db, caller.orgId)) ?? q.today;
  const from = q.from ?? addDays(to, -DEFAULT_SPAN_DAYS);
  const w = daysBetween(from, to);
  if (w <= 0)
    throw new AppError('INVALID_INPUT', `"from" (${from}) must be before "to" (${to})`, [
      { field: 'query.from', reason: 'must be before to' },
    ]);
  const [before, after] = await Promise.all([
    outcomeWindow(db, caller.orgId, addDays(from, -w), from),
    outcomeWindow(db, caller.orgId, addDays(to, -w), to),
  ]);
  const a = outcomeFigures(before, addDays(from, -w), from);
  const b = outcomeFigures(after, addDays(to, -w), to);
  return {
    windowDays: w,
    before: { ...a, byPartner: byPartner(before) },
    after: { ...b, byPartner: byPartner(after) },
    change: compareOutcomes(a, b),
  };
};
