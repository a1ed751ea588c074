/**
 * Use-case: set the progress of one action of an assessment's plan (todo, in progress, done) and who
 * carries it (its owner). Drafts only; both are kept per action (so a recomputed plan keeps them),
 * written into the stored report and dashboard (whose new row version makes cached copies stale),
 * and audited.
 */
import type { PlanItemStatus, ProgramReport } from '@trellis/contracts';
import { recordAudit } from '../../db/queries/audit-log.ts';
import {
  listPlanStatuses,
  lockAssessmentPlan,
  upsertPlanStatus,
  writeAssessmentPlan,
} from '../../db/queries/plan-status.ts';
import type { Database } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import { findPlanItem, type PlanBucket, withPlanStatuses } from '../../reports/plan-item-status.ts';
import type { Caller } from '../accounts/caller.ts';
import { type AssessmentRef, assessmentNotFound, assessmentNumberOf } from './assessment-ref.ts';

export type PlanItemView = ProgramReport['plan']['days30'][number] & {
  bucket: PlanBucket;
  /** When and by whom the status was last set (null: never, it is "todo"). */
  updatedAt: string | null;
  updatedBy: string | null;
};

export interface SetPlanItemStatusInput {
  ref: AssessmentRef;
  /** The plan action's text, as the plan names it. */
  action: string;
  change: { status?: PlanItemStatus; owner?: string | null };
}
export const setPlanItemStatusUseCase = async (
  db: Database,
  caller: Caller,
  { ref, action, change }: SetPlanItemStatusInput,
): Promise<PlanItemView> => {
  const number = await assessmentNumberOf(db, caller, ref);
  return db.transaction(async (tx) => {
    const a = await lockAssessmentPlan(tx, caller.orgId, number);
    if (!a) throw assessmentNotFound(ref);
    if (a.status === 'final')
      throw new AppError(
        'CONFLICT',
        `Assessment #${number} is final and cannot change; create a new assessment`,
      );
    const found = findPlanItem(a.plan, action);
    if (!found) throw new AppError('NOT_FOUND', `No action ${action} in the plan of assessment #${number}`);
    const before = { status: found.item.status ?? 'todo', owner: found.item.owner ?? null };
    const after = {
      status: change.status ?? before.status,
      owner: change.owner !== undefined ? change.owner : before.owner,
    };
    if (before.status === after.status && before.owner === after.owner) {
      // Nothing to change (and nothing to audit).
      const set = (await listPlanStatuses(tx, caller.orgId, a.id)).find((s) => s.action === action);
      return {
        ...found.item,
        ...after,
        bucket: found.bucket,
        updatedAt: set?.updatedAt ?? null,
        updatedBy: set?.updatedBy ?? null,
      };
    }
    const row = await upsertPlanStatus(tx, caller.orgId, a.id, { action, ...change, by: caller.label });
    await writeAssessmentPlan(tx, caller.orgId, a.id, withPlanStatuses(a.plan, new Map([[action, after]])));
    await recordAudit(tx, caller.orgId, caller, {
      action: 'assessment.plan-status',
      entity: 'assessment',
      entityId: `${number}/${action}`,
      before: change.owner === undefined ? { status: before.status } : before,
      after: change.owner === undefined ? { status: after.status } : after,
    });
    return {
      ...found.item,
      ...after,
      bucket: found.bucket,
      updatedAt: row.updatedAt,
      updatedBy: row.updatedBy,
    };
  });
};
