/**
 * Outcomes between two dates for partners who went through remediation against those who did not
 * (docs/governance.md, "Impact over time"): the same windows as the program's comparison.
 */
import { outcomeWindow, partnersRemediatedBy } from '../../db/queries/history.ts';
import type { SqlClient } from '../../db/sql-client.ts';
import { type RemediationImpact, remediationImpact } from '../../domain/remediation-impact.ts';
import type { Caller } from '../accounts/caller.ts';
import { type OutcomeWindowsInput, outcomeWindows } from './outcome-windows.ts';

export const compareRemediationImpactUseCase = async (
  db: SqlClient,
  caller: Pick<Caller, 'orgId'>,
  q: OutcomeWindowsInput,
): Promise<RemediationImpact & { windowDays: number }> => {
  const w = await outcomeWindows(db, caller.orgId, q);
  const [before, after, remediated] = await Promise.all([
    outcomeWindow(db, caller.orgId, w.beforeFrom, w.before),
    outcomeWindow(db, caller.orgId, w.afterFrom, w.after),
    partnersRemediatedBy(db, caller.orgId, w.before),
  ]);
  return { windowDays: w.days, ...remediationImpact({ before, after }, remediated, w) };
};
