/** The progress on a report's plan items: where an action sits in the plan, and the plan with statuses set. */
import type { PlanItemStatus, ProgramReport } from '@trellis/contracts';

type Plan = ProgramReport['plan'];
export const planBuckets = ['days30', 'days60', 'days90', 'deferred'] as const;
export type PlanBucket = (typeof planBuckets)[number];

/** The bucket and item of an action of the plan, or undefined when the plan has no such action. */
export const findPlanItem = (plan: Plan, action: string) => {
  for (const bucket of planBuckets) {
    const item = plan[bucket].find((i) => i.action === action);
    if (item) return { bucket, item };
  }
  return undefined;
};

/**
 * The plan with the given statuses set on their actions; the other actions keep theirs ("todo" when
 * the report was built; reports stored before statuses existed have none, and get "todo").
 */
export const withPlanStatuses = (plan: Plan, statuses: ReadonlyMap<string, PlanItemStatus>): Plan => {
  const set = <T extends { action: string; status?: PlanItemStatus }>(i: T): T => ({
    ...i,
    status: statuses.get(i.action) ?? i.status ?? 'todo',
  });
  return {
    ...plan,
    days30: plan.days30.map(set),
    days60: plan.days60.map(set),
    days90: plan.days90.map(set),
    deferred: plan.deferred.map(set),
  };
};
