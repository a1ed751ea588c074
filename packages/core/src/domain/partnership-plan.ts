/**
 * Deliverable 6: the 30/60/90-day plan. Candidates are the actions of criteria below the target
 * score; priority = criterion gap × dimension weight × (1 + w × Σ distance to each objective the
 * action moves), where the distance is how far the data's baseline is from the brief's target
 * (0 = met, 1 = nothing achieved yet). Actions land in the bucket their effort names, later if an
 * action they depend on comes first, and only as many per bucket as the team can carry; actions
 * the budget or executive bandwidth can't carry are deferred with the reason.
 */

import { fillTitle } from './action-titles.ts';
import type { Brief, ObjectiveMetric } from './brief.ts';
import { compareText } from './compare.ts';
import type { CriterionScore } from './criterion-scores.ts';
import { distanceToObjective, objectiveLabels, type PlanMetric, planMetrics } from './plan-metrics.ts';
import { costOrder } from './plan-types.ts';
import type { ProgramCounts } from './program-counts.ts';
import type { ProgramFigures } from './program-figures.ts';
import type { Action, ProgramFramework } from './program-framework.ts';

const BUCKETS = ['days30', 'days60', 'days90'] as const;

export interface PlanItem {
  action: string;
  title: string;
  practice: number;
  effort: Action['effort'];
  priority: number;
  criteria: string[];
  objectives: ObjectiveMetric[];
  because: string;
}

export interface PartnershipPlan {
  days30: PlanItem[];
  days60: PlanItem[];
  days90: PlanItem[];
  deferred: (PlanItem & { reason: string })[];
  capacityPerBucket: number;
  metrics: PlanMetric[];
}

interface Candidate extends PlanItem {
  def: Action;
}

const byPriority = (a: PlanItem, b: PlanItem) => b.priority - a.priority || compareText(a.action, b.action);

const candidatesFrom = (
  framework: ProgramFramework,
  criteria: CriterionScore[],
  counts: ProgramCounts,
  metrics: PlanMetric[],
): Candidate[] => {
  const target = framework.plan.targetScore;
  const distance = new Map(
    metrics.filter((m) => m.target !== null).map((m) => [m.metric, distanceToObjective(m)]),
  );
  const actions = new Map(framework.actions.map((a) => [a.id, a]));
  const byId = new Map<string, Candidate>();
  for (const d of framework.dimensions) {
    for (const c of d.criteria) {
      const final = criteria.find((x) => x.id === c.id)?.final ?? null;
      // An unassessed criterion is planned as if at the floor, and says so.
      const score = final ?? 1;
      if (score >= target) continue;
      for (const id of c.actions) {
        const a = actions.get(id)!;
        if (a.when && counts.values[a.when.metric] < a.when.min) continue;
        const moves = (a.objectives ?? []).filter((m) => distance.has(m));
        const pull = moves.reduce((acc, m) => acc + distance.get(m)!, 0);
        const priority = (target - score) * d.weight * (1 + framework.plan.objectiveRelevanceWeight * pull);
        const toward = moves.length
          ? `; moves ${moves.map((m) => objectiveLabels[m].label.toLowerCase()).join(', ')}`
          : '';
        const because = `${c.text} ${final === null ? 'is not assessed' : `scores ${final}/5`}${toward}`;
        const prev = byId.get(id);
        if (prev) {
          prev.criteria.push(c.id);
          if (priority > prev.priority) Object.assign(prev, { priority, because });
          continue;
        }
        byId.set(id, {
          def: a,
          action: id,
          title: fillTitle(a.title, counts.words),
          practice: a.practice,
          effort: a.effort,
          priority,
          criteria: [c.id],
          objectives: moves,
          because,
        });
      }
    }
  }
  return [...byId.values()].sort(byPriority);
};

const strip = ({ def: _def, ...item }: Candidate): PlanItem => item;

/**
 * "Do this first": the plan's actions in the order the team takes them — the first 30 days by
 * priority, then 60, then 90. The dashboard's top improvements, the plan's first 30 days and the
 * executive summary's first actions are all this one list (docs/metrics.md, "Do this first").
 */
export const doThisFirst = (plan: Pick<PartnershipPlan, 'days30' | 'days60' | 'days90'>): PlanItem[] => [
  ...plan.days30,
  ...plan.days60,
  ...plan.days90,
];

export const buildPlan = (
  framework: ProgramFramework,
  criteria: CriterionScore[],
  brief: Brief,
  counts: ProgramCounts,
  figures: ProgramFigures,
): PartnershipPlan => {
  const { plan } = framework;
  const capacity = Math.max(1, Math.floor(brief.constraints.teamSize * plan.actionsPerPersonPerBucket));
  const budgetCap = costOrder[plan.budgetLevels[brief.constraints.budget]];
  let execLeft = plan.executiveActions[brief.constraints.executiveBandwidth];
  const metrics = planMetrics(brief, figures, criteria);
  const candidates = candidatesFrom(framework, criteria, counts, metrics);
  const byId = new Map(candidates.map((c) => [c.action, c]));
  const bucketOf = new Map<string, number>();
  const buckets: Candidate[][] = BUCKETS.map(() => []);
  const deferred = new Map<string, PlanItem & { reason: string }>();

  /** Why the constraints rule an action out, or null when they allow it. */
  const ruledOut = (c: Candidate): string | null => {
    if (costOrder[c.def.cost] > budgetCap)
      return `needs ${c.def.cost} budget; the brief's budget is ${brief.constraints.budget}`;
    if (c.def.executive && execLeft <= 0) {
      return `needs executive time; executive bandwidth (${brief.constraints.executiveBandwidth}) is already taken by higher-priority actions`;
    }
    return null;
  };
  const unplace = (id: string) => {
    const at = bucketOf.get(id)!;
    const c = byId.get(id)!;
    buckets[at] = buckets[at]!.filter((x) => x !== c);
    bucketOf.delete(id);
    if (c.def.executive) execLeft += 1;
  };

  /** Places `c` (and first the actions it depends on); returns false and places nothing if it can't. */
  const place = (c: Candidate): boolean => {
    if (bucketOf.has(c.action)) return true;
    if (deferred.has(c.action)) return false;
    const reason = ruledOut(c);
    if (reason) {
      deferred.set(c.action, { ...strip(c), reason });
      return false;
    }
    let earliest = BUCKETS.indexOf(plan.buckets[c.effort]);
    const placedForThis: string[] = [];
    let blockedBy: Candidate | undefined;
    for (const dep of c.def.after ?? []) {
      const d = byId.get(dep);
      if (!d) continue; // not needed: its criterion already meets the target
      if (!bucketOf.has(dep) && place(d)) placedForThis.push(dep);
      const at = bucketOf.get(dep);
      if (at === undefined) blockedBy = d;
      else earliest = Math.max(earliest, at + 1);
    }
    const slot = blockedBy ? -1 : buckets.findIndex((b, i) => i >= earliest && b.length < capacity);
    if (blockedBy) {
      for (const dep of placedForThis) unplace(dep);
      deferred.set(c.action, { ...strip(c), reason: `needs "${blockedBy.title}" first, which is deferred` });
      return false;
    }
    if (slot < 0) {
      // A prerequisite placed only for this action would now take a slot for nothing.
      for (const dep of placedForThis) unplace(dep);
      deferred.set(c.action, {
        ...strip(c),
        reason: `no room within 90 days for a team of ${brief.constraints.teamSize}`,
      });
      return false;
    }
    if (c.def.executive) execLeft -= 1;
    bucketOf.set(c.action, slot);
    buckets[slot]!.push(c);
    return true;
  };
  for (const c of candidates) place(c);

  const order = (b: Candidate[]) => [...b].sort(byPriority).map(strip);
  return {
    days30: order(buckets[0]!),
    days60: order(buckets[1]!),
    days90: order(buckets[2]!),
    deferred: [...deferred.values()].filter((d) => !bucketOf.has(d.action)).sort(byPriority),
    capacityPerBucket: capacity,
    metrics,
  };
};
