/** The plan's metrics: baseline from data, target and deadline from the brief's objectives. */
import type { Brief, ObjectiveMetric } from './brief.ts';
import type { CriterionScore } from './criterion-scores.ts';
import type { ProgramFigures } from './program-figures.ts';

export interface PlanMetric {
  metric: ObjectiveMetric;
  label: string;
  unit: 'usd' | 'share' | 'score10' | 'days' | 'count';
  baseline: number | null;
  target: number | null;
  deadline: string | null;
  basis: string;
}

export const objectiveLabels: Record<
  ObjectiveMetric,
  { label: string; unit: PlanMetric['unit']; basis: string }
> = {
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
    basis: 'active in the trailing activity window ÷ partners',
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

export const planMetrics = (brief: Brief, f: ProgramFigures, criteria: CriterionScore[]): PlanMetric[] => {
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
      ...objectiveLabels[m],
      baseline: baseline[m],
      target: o?.target ?? null,
      deadline: o?.deadline ?? null,
    };
  });
};

/**
 * How far the baseline is from the objective: 0 = met (or no objective), 1 = nothing achieved
 * (or no data). Time to first deal is lower-is-better.
 */
export const distanceToObjective = (m: PlanMetric): number => {
  if (m.target === null) return 0;
  if (m.baseline === null) return 1;
  const lower = m.metric === 'time_to_first_deal';
  const gap = lower ? m.baseline - m.target : m.target - m.baseline;
  const scale = lower ? m.baseline : m.target;
  if (gap <= 0) return 0;
  return scale > 0 ? Math.min(1, gap / scale) : 1;
};
