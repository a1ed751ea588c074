/**
 * Progress on the actions of an assessment's 30/60/90-day plan: one row per action whose status was
 * set, and the copy of the plan inside the stored report and dashboard (what clients read).
 */
import type { PlanItemStatus, ProgramReport } from '@trellis/contracts';
import type { assessmentPlanStatus } from '../schema.ts';
import type { SqlClient } from '../sql-client.ts';

export type PlanStatusRow = Pick<
  typeof assessmentPlanStatus.$inferSelect,
  'action' | 'status' | 'owner' | 'updatedAt' | 'updatedBy'
>;

const columns = `action, status, owner, updated_at as "updatedAt", updated_by as "updatedBy"`;

/** An assessment's status and plan, its row locked for the transaction. */
export const lockAssessmentPlan = async (
  tx: SqlClient,
  orgId: string,
  number: number,
): Promise<{ id: number; status: 'draft' | 'final'; plan: ProgramReport['plan'] } | undefined> =>
  (
    await tx.query<{ id: number; status: 'draft' | 'final'; plan: ProgramReport['plan'] }>(
      `select id, status, result->'plan' as plan from assessments where org_id = $1 and number = $2 for update`,
      [orgId, number],
    )
  )[0];

/** The statuses set on an assessment's actions (actions without one are "todo"). */
export const listPlanStatuses = (
  db: SqlClient,
  orgId: string,
  assessmentId: number,
): Promise<PlanStatusRow[]> =>
  db.query<PlanStatusRow>(
    `select ${columns} from assessment_plan_status where org_id = $1 and assessment_id = $2 order by action`,
    [orgId, assessmentId],
  );

/** Sets the status, the owner or both of an action (what is not given stays as it was; a new row starts "todo"). */
export const upsertPlanStatus = async (
  tx: SqlClient,
  orgId: string,
  assessmentId: number,
  set: { action: string; status?: PlanItemStatus; owner?: string | null; by: string },
): Promise<PlanStatusRow> =>
  (
    await tx.query<PlanStatusRow>(
      `insert into assessment_plan_status (org_id, assessment_id, action, status, owner, updated_by)
       values ($1, $2, $3, coalesce($4, 'todo'), $5, $6)
       on conflict (org_id, assessment_id, action) do update set
         status = coalesce($4, assessment_plan_status.status),
         owner = case when $7 then excluded.owner else assessment_plan_status.owner end,
         updated_at = now(), updated_by = excluded.updated_by
       returning ${columns}`,
      [
        orgId,
        assessmentId,
        set.action,
        set.status ?? null,
        set.owner ?? null,
        set.by,
        set.owner !== undefined,
      ],
    )
  )[0]!;

/**
 * Writes the plan into the stored report and its dashboard. The row gets a new version, so cached
 * documents of the assessment are stale from then on (assessmentVersion).
 */
export const writeAssessmentPlan = async (
  tx: SqlClient,
  orgId: string,
  assessmentId: number,
  plan: ProgramReport['plan'],
): Promise<void> => {
  await tx.query(
    `update assessments set result = jsonb_set(result, '{plan}', $3::jsonb),
       dashboard = jsonb_set(dashboard, '{plan}', $3::jsonb)
     where org_id = $1 and id = $2`,
    [orgId, assessmentId, JSON.stringify(plan)],
  );
};
