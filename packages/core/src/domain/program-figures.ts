/** Program-wide figures computed from the partner views (docs/metrics.md). */
import type { Brief } from './brief.ts';
import { type HealthState, healthStates } from './partner-health.ts';
import type { PartnerView } from './partner-view.ts';
import { isPresent, mean, median, ratio, sum } from './statistics.ts';

export interface SurveyArea {
  n: number;
  mean: number | null;
  scores: number[];
}

export interface ProgramFigures {
  partners: number;
  revenueCents: number;
  sourcedRevenueCents: number;
  /** Partner-sourced revenue ÷ company revenue from the brief (null without it). */
  revenueShare: number | null;
  pipelineCents: number;
  deals: number;
  health: Record<HealthState, number>;
  active: number;
  activeShare: number | null;
  timeToFirstDeal: { n: number; meanDays: number | null; medianDays: number | null };
  satisfaction: SurveyArea;
  training: SurveyArea;
  resources: SurveyArea;
  support: SurveyArea;
  trainingCompletion: { partners: number; share: number | null; completions: number };
}

const area = (views: PartnerView[], pick: (v: PartnerView) => number | null | undefined): SurveyArea => {
  const scores = views.map(pick).filter(isPresent);
  return { n: scores.length, mean: mean(scores), scores };
};

export const computeProgramFigures = (views: PartnerView[], brief: Brief): ProgramFigures => {
  const health = Object.fromEntries(healthStates.map((s) => [s, 0])) as Record<HealthState, number>;
  for (const v of views) health[v.health.state] += 1;
  const sourced = sum(views.map((v) => v.facts.sourcedRevenueCents));
  const ttfd = views.map((v) => v.timeToFirstDealDays).filter(isPresent);
  const active = views.filter((v) => v.active).length;
  const trained = views.filter((v) => v.facts.trainingsCompleted > 0).length;
  const company = brief.context.companyRevenue;
  return {
    partners: views.length,
    revenueCents: sum(views.map((v) => v.facts.revenueCents)),
    sourcedRevenueCents: sourced,
    revenueShare: company ? sourced / 100 / company : null,
    pipelineCents: sum(views.map((v) => v.facts.pipelineCents)),
    deals: sum(views.map((v) => v.facts.deals)),
    health,
    active,
    activeShare: ratio(active, views.length),
    timeToFirstDeal: { n: ttfd.length, meanDays: mean(ttfd), medianDays: median(ttfd) },
    satisfaction: area(views, (v) => v.facts.survey?.satisfaction),
    training: area(views, (v) => v.facts.survey?.training),
    resources: area(views, (v) => v.facts.survey?.resources),
    support: area(views, (v) => v.facts.survey?.support),
    trainingCompletion: {
      partners: trained,
      share: ratio(trained, views.length),
      completions: sum(views.map((v) => v.facts.trainingsCompleted)),
    },
  };
};
