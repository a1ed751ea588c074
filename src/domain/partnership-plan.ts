/**
 * Deliverable 6: the 30/60/90-day plan. Candidates are the actions of criteria below the target
 * score; priority = criterion gap × dimension weight × (1 + w × Σ distance to each objective the
 * action moves), where the distance is how far the data's baseline is from the brief's target
 * (0 = met, 1 = nothing achieved yet). Actions land in the
 * bucket their effort names, later if an action they depend on comes first, and only as many per
 * bucket as the team can carry; actions the budget or executive bandwidth can't carry are deferred.
 */
import type { Brief, ObjectiveMetric } from './brief.ts';
import type { CriterionScore } from './criterion-scores.ts';
import { costOrder } from './plan-types.ts';
import { fillTitle, type ProgramCounts } from './program-counts.ts';
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

export interface PlanMetric {
  metric: ObjectiveMetric;
  label: string;
  unit: 'usd' | 'share' | 'score10' | 'days' | 'count';
  baseline: number | null;
  target: number | null;
  deadline: string | null;
  basis: string;
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

/** 0 when the objective is met, 1 when nothing of it is achieved; lower-is-better for days. */
const distanceToObjective = (m: PlanMetric): number => {
  if (m.target === null || m.baseline === null) return m.target === null ? 0 : 1;
  const d =
    m.metric === 'time_to_first_deal'
      ? (m.baseline - m.target) / m.baseline
      : (m.target - m.baseline) / m.target;
  return Math.min(1, Math.max(0, d));
};

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
      const score = criteria.find((x) => x.id === c.id)?.final ?? 1;
      if (score >= target) continue;
      for (const id of c.actions) {
        const a = actions.get(id)!;
        if (a.when && counts.values[a.when.metric] < a.when.min) continue;
        const moves = (a.objectives ?? []).filter((m) => distance.has(m));
        const pull = moves.reduce((acc, m) => acc + distance.get(m)!, 0);
        const priority = (target - score) * d.weight * (1 + framework.plan.objectiveRelevanceWeight * pull);
        const prev = byId.get(id);
        const toward = moves.length ? `; moves ${moves.join(', ')}` : '';
        const because = `${c.text} scores ${score}/5${toward}`;
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
  return [...byId.values()].sort((a, b) => b.priority - a.priority || a.action.localeCompare(b.action));
};

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
  const placed = new Map<string, number>();
  const buckets: Candidate[][] = BUCKETS.map(() => []);
  const deferred: (PlanItem & { reason: string })[] = [];
  const done = new Set<string>();
  const defer = (c: Candidate, reason: string): void => {
    deferred.push({ ...strip(c), reason });
  };

  /** Why the constraints rule an action out, or null when they allow it. */
  const ruledOut = (c: Candidate): string | null => {
    if (costOrder[c.def.cost] > budgetCap)
      return `needs ${c.def.cost} budget; the brief's budget is ${brief.constraints.budget}`;
    if (c.def.executive && execLeft <= 0)
      return `needs executive time; executive bandwidth is ${brief.constraints.executiveBandwidth}`;
    return null;
  };

  const place = (c: Candidate): void => {
    if (done.has(c.action)) return;
    done.add(c.action);
    const reason = ruledOut(c);
    if (reason) {
      defer(c, reason);
      return;
    }
    let earliest = BUCKETS.indexOf(plan.buckets[c.effort]);
    for (const dep of c.def.after ?? []) {
      const d = byId.get(dep);
      if (d) place(d);
      const at = placed.get(dep);
      if (at !== undefined) earliest = Math.max(earliest, at + 1);
    }
    const slot = buckets.findIndex((b, i) => i >= earliest && b.length < capacity);
    if (slot < 0) {
      defer(c, `no room in the plan for a team of ${brief.constraints.teamSize}`);
      return;
    }
    if (c.def.executive) execLeft -= 1;
    placed.set(c.action, slot);
    buckets[slot]!.push(c);
  };
  for (const c of candidates) place(c);

  const order = (b: Candidate[]) =>
    [...b].sort((x, y) => y.priority - x.priority || x.action.localeCompare(y.action)).map(strip);
  return {
    days30: order(buckets[0]!),
    days60: order(buckets[1]!),
    days90: order(buckets[2]!),
    deferred,
    capacityPerBucket: capacity,
    metrics,
  };
};

const strip = ({ def: _def, ...item }: Candidate): PlanItem => item;

const metricDefs: Record<ObjectiveMetric, { label: string; unit: PlanMetric['unit']; basis: string }> = {
  partner_revenue: {
    label: 'Partner-sourced revenue',
    unit: 'usd',
    basis: 'won, partner-sourced, trailing period',
  },
  revenue_share: {
    label: 'Partner share of company revenue',
    unit: 'share',
    basis: 'partner-sourced ÷ company revenue',
  },
  active_share: {
    label: 'Active partners (engagement rate)',
    unit: 'share',
    basis: 'active in the last 90 days ÷ partners',
  },
  satisfaction: { label: 'Partner satisfaction', unit: 'score10', basis: "mean of partners' latest survey" },
  time_to_first_deal: {
    label: 'Time to first deal',
    unit: 'days',
    basis: 'mean days from joining to first won deal',
  },
  co_innovation: {
    label: 'Co-innovation initiatives',
    unit: 'count',
    basis: 'co-innovation activities in the period',
  },
};

/** The seed's four metrics always; others when the brief sets an objective for them. */
const ALWAYS: ObjectiveMetric[] = ['partner_revenue', 'active_share', 'satisfaction', 'time_to_first_deal'];

const planMetrics = (brief: Brief, f: ProgramFigures, criteria: CriterionScore[]): PlanMetric[] => {
  const coInnovation =
    criteria.find((c) => c.signal?.metric === 'co_innovation_count')?.signal?.value ?? null;
  const baseline: Record<ObjectiveMetric, number | null> = {
    partner_revenue: f.sourcedRevenueCents / 100,
    revenue_share: f.revenueShare,
    active_share: f.activeShare,
    satisfaction: f.satisfaction.mean,
    time_to_first_deal: f.timeToFirstDeal.meanDays,
    co_innovation: coInnovation,
  };
  const metrics = [...new Set([...ALWAYS, ...brief.objectives.map((o) => o.metric)])];
  return metrics.map((m) => {
    const o = brief.objectives.find((x) => x.metric === m);
    return {
      metric: m,
      ...metricDefs[m],
      baseline: baseline[m],
      target: o?.target ?? null,
      deadline: o?.deadline ?? null,
    };
  });
};
