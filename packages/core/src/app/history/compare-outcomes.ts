/** The program's outcomes between two dates (docs/metrics.md, "Quarter over quarter"). */
import type { OutcomesComparison } from '@trellis/contracts';
import { outcomeWindow } from '../../db/queries/history.ts';
import type { SqlClient } from '../../db/sql-client.ts';
import { compareOutcomes, type OutcomeWindowRow, outcomeFigures } from '../../domain/outcome-change.ts';
import type { Caller } from '../accounts/caller.ts';
import { type OutcomeWindowsInput, outcomeWindows } from './outcome-windows.ts';

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

/** Outcomes at `from` against `to`, each read from its window (outcome-windows.ts). */
export const compareOutcomesUseCase = async (
  db: SqlClient,
  caller: Pick<Caller, 'orgId'>,
  q: OutcomeWindowsInput,
): Promise<OutcomesComparison> => {
  const w = await outcomeWindows(db, caller.orgId, q);
  const [before, after] = await Promise.all([
    outcomeWindow(db, caller.orgId, w.beforeFrom, w.before),
    outcomeWindow(db, caller.orgId, w.afterFrom, w.after),
  ]);
  const a = outcomeFigures(before, w.beforeFrom, w.before);
  const b = outcomeFigures(after, w.afterFrom, w.after);
  return {
    windowDays: w.days,
    before: { ...a, byPartner: byPartner(before) },
    after: { ...b, byPartner: byPartner(after) },
    change: compareOutcomes(a, b),
  };
};
