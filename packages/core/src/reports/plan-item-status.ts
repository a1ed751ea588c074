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

/** What is set on an action: its status and, once named, its owner. */
export interface PlanItemProgress {
  status: PlanItemStatus;
  owner?: string | null;
}

/**
 * The plan with the given statuses (and owners) set on their actions; the other actions keep theirs
 * ("todo" when the report was built; reports stored before statuses existed have none, and get "todo").
 */
export const withPlanStatuses = (plan: Plan, progress: ReadonlyMap<string, PlanItemProgress>): Plan => {
  const set = <T extends { action: string; status?: PlanItemStatus; owner?: string | null }>(i: T): T => {
    const p = progress.get(i.action);
    const owner = p?.owner !== undefined ? p.owner : i.owner;
    return { ...i, status: p?.status ?? i.status ?? 'todo', ...(owner ? { owner } : {}) };
  };
  return {
    ...plan,
    days30: plan.days30.map(set),
    days60: plan.days60.map(set),
    days90: plan.days90.map(set),
    deferred: plan.deferred.map(set),
  };
};
