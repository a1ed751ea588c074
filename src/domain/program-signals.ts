/**
 * Program signals: each metric of the catalogue computed from the partner views, with the
 * numbers behind it (numerator/denominator and the partners that count) so every suggested score
 * can be traced to records.
 */
import type { Brief } from './brief.ts';
import { marketCoverage } from './market-coverage.ts';
import type { PartnerView } from './partner-view.ts';
import type { ProgramFigures } from './program-figures.ts';
import type { MetricSettings } from './program-framework.ts';
import type { SignalMetric } from './signal-metrics.ts';
import { ratio, sum } from './statistics.ts';

export interface SignalValue {
  metric: SignalMetric;
  /** null when the data cannot support the metric (e.g. no surveys); then no score is suggested. */
  value: number | null;
  unit: 'share' | 'score10' | 'days' | 'count';
  basis: string;
  /** External ids of the partners that satisfy the metric's condition (where it has one). */
  partners?: string[];
}

interface Ctx {
  views: PartnerView[];
  figures: ProgramFigures;
  brief: Brief;
  metrics: MetricSettings;
}

const share = (
  metric: SignalMetric,
  views: PartnerView[],
  test: (v: PartnerView) => boolean,
  what: string,
): SignalValue => {
  const hits = views.filter(test);
  return {
    metric,
    value: ratio(hits.length, views.length),
    unit: 'share',
    basis: `${hits.length} of ${views.length} partners ${what}`,
    partners: hits.map((v) => v.facts.externalId),
  };
};

const surveyMean = (metric: SignalMetric, area: ProgramFigures['training'], label: string): SignalValue => ({
  metric,
  value: area.mean,
  unit: 'score10',
  basis: `mean ${label} score of ${area.n} partners' latest surveys`,
});

const sumRatio = (metric: SignalMetric, num: number, den: number, what: string): SignalValue => ({
  metric,
  value: ratio(num, den),
  unit: 'share',
  basis: `${num} of ${den} ${what}`,
});

const catalogue: Record<SignalMetric, (c: Ctx) => SignalValue> = {
  tiered_partner_share: ({ views }) =>
    share('tiered_partner_share', views, (v) => !!v.facts.tier, 'have a tier'),
  target_market_coverage: ({ views, brief }) => {
    const cov = marketCoverage(views, brief);
    const covered = cov.filter((c) => c.status === 'covered');
    return {
      metric: 'target_market_coverage',
      value: ratio(covered.length, cov.length),
      unit: 'share',
      basis: `${covered.length} of ${cov.length} target regions and segments have an active partner`,
    };
  },
  training_score: ({ figures }) => surveyMean('training_score', figures.training, 'training'),
  resources_score: ({ figures }) => surveyMean('resources_score', figures.resources, 'resources'),
  support_score: ({ figures }) => surveyMean('support_score', figures.support, 'support'),
  satisfaction_mean: ({ figures }) => surveyMean('satisfaction_mean', figures.satisfaction, 'satisfaction'),
  median_time_to_first_deal_days: ({ figures }) => ({
    metric: 'median_time_to_first_deal_days',
    value: figures.timeToFirstDeal.medianDays,
    unit: 'days',
    basis: `median over ${figures.timeToFirstDeal.n} partners with a won deal (join date → first won deal)`,
  }),
  qbr_completion: ({ views, metrics }) => {
    const scope = views.filter((v) => metrics.qbrPartnerTypes.includes(v.facts.type));
    return sumRatio(
      'qbr_completion',
      sum(scope.map((v) => v.facts.qbrHeld)),
      sum(scope.map((v) => v.facts.qbrScheduled)),
      `QBRs scheduled in the period were held (${metrics.qbrPartnerTypes.join(', ')} partners)`,
    );
  },
  enablement_reach: ({ views, metrics }) =>
    share(
      'enablement_reach',
      views,
      (v) => v.facts.enablementSessionsRecent > 0,
      `attended an enablement session in the last ${metrics.activeDays} days`,
    ),
  co_marketing_share: ({ views }) =>
    share('co_marketing_share', views, (v) => v.facts.coMarketing > 0, 'ran co-marketing in the period'),
  registered_deal_share: ({ views }) =>
    sumRatio(
      'registered_deal_share',
      sum(views.map((v) => v.facts.opportunitiesRegistered)),
      sum(views.map((v) => v.facts.opportunitiesCreated)),
      'opportunities created in the period were registered',
    ),
  partner_revenue_share: ({ figures }) => ({
    metric: 'partner_revenue_share',
    value: figures.revenueShare,
    unit: 'share',
    basis: 'partner-sourced revenue in the period ÷ company revenue (brief)',
  }),
  engagement_tracked_share: ({ views }) =>
    share(
      'engagement_tracked_share',
      views,
      (v) => v.facts.trainingsCompleted + v.facts.portalLogins + v.facts.dealRegistrations > 0,
      'have engagement recorded (training, portal, deal registration) in the period',
    ),
  meetings_held_share: ({ views }) =>
    sumRatio(
      'meetings_held_share',
      sum(views.map((v) => v.facts.meetingsHeld)),
      sum(views.map((v) => v.facts.meetingsScheduled)),
      'meetings scheduled in the period were held',
    ),
  survey_response_rate: ({ views }) =>
    share('survey_response_rate', views, (v) => v.facts.surveyedInPeriod, 'answered a survey in the period'),
  strategic_sponsor_share: ({ views }) =>
    share(
      'strategic_sponsor_share',
      views.filter((v) => v.facts.type === 'strategic'),
      (v) => !!v.facts.executiveSponsor,
      'have an executive sponsor (strategic partners)',
    ),
  multi_threaded_share: ({ views }) =>
    share(
      'multi_threaded_share',
      views,
      (v) => v.facts.currentContacts >= 2,
      'have two or more current contacts',
    ),
  co_innovation_count: ({ views }) => {
    const hits = views.filter((v) => v.facts.coInnovation > 0);
    return {
      metric: 'co_innovation_count',
      value: sum(views.map((v) => v.facts.coInnovation)),
      unit: 'count',
      basis: `co-innovation activities in the period, with ${hits.length} partners`,
      partners: hits.map((v) => v.facts.externalId),
    };
  },
};

export const computeSignal = (metric: SignalMetric, ctx: Ctx): SignalValue => catalogue[metric](ctx);

export const formatSignalValue = (s: Pick<SignalValue, 'value' | 'unit'>): string => {
  if (s.value === null) return 'no data';
  switch (s.unit) {
    case 'share':
      return `${Math.round(s.value * 100)}%`;
    case 'score10':
      return `${s.value.toFixed(1)}/10`;
    case 'days':
      return `${Math.round(s.value)} days`;
    case 'count':
      return String(s.value);
  }
};
