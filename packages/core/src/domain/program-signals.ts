/**
 * Program signals: each metric of the catalogue computed from the partner views, with the
 * numbers behind it (numerator/denominator and the partners that count) so every suggested score
 * can be traced to records.
 */
import { plural } from '@trellis/contracts';
import type { Brief } from './brief.ts';
import { marketCoverage } from './market-coverage.ts';
import type { PartnerView } from './partner-view.ts';
import type { ProgramFigures } from './program-figures.ts';
import type { MetricSettings } from './program-framework.ts';
import { roundHalfUp1 } from './rounding.ts';
import type { SignalMetric } from './signal-metrics.ts';
import { mean, ratio, sum } from './statistics.ts';

export interface SignalValue {
  metric: SignalMetric;
  /** null when the data cannot support the metric (e.g. no surveys); then no score is suggested. */
  value: number | null;
  unit: 'share' | 'score10' | 'days' | 'count';
  basis: string;
  /** How many records or partners the value rests on (null where a sample makes no sense). */
  sample: number | null;
  /** External ids of the partners that satisfy the metric's condition (where it has one). */
  partners?: string[];
  /**
   * Each of those partners' own figure behind the value, in the same order ("3 of 4 QBRs held",
   * "8/10"): what an assessor checks in the drill-down. Absent where being listed says it all.
   */
  details?: string[];
}

/** What one partner contributes to a signal, for the drill-down. */
type Detail = (v: PartnerView) => string;

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
  detail?: Detail,
): SignalValue => {
  const hits = views.filter(test);
  return {
    metric,
    value: ratio(hits.length, views.length),
    unit: 'share',
    basis: `${hits.length} of ${views.length} partners ${what}`,
    sample: views.length,
    partners: hits.map((v) => v.facts.externalId),
    ...(detail && { details: hits.map(detail) }),
  };
};

const ids = (views: PartnerView[]) => views.map((v) => v.facts.externalId);

const surveyMean = (
  metric: SignalMetric,
  views: PartnerView[],
  pick: (v: PartnerView) => number | null | undefined,
  label: string,
): SignalValue => {
  const answered = views.filter((v) => pick(v) !== null && pick(v) !== undefined);
  return {
    metric,
    value: mean(answered.map((v) => pick(v)!)),
    unit: 'score10',
    basis: `mean ${label} score of ${answered.length} partners' latest surveys`,
    sample: answered.length,
    partners: ids(answered),
    details: answered.map((v) => `${pick(v)}/10 (survey of ${v.facts.survey!.respondedOn})`),
  };
};

/** A ratio of summed counts; `partners` are those contributing to the numerator. */
const sumRatio = (
  metric: SignalMetric,
  views: PartnerView[],
  num: (v: PartnerView) => number,
  den: (v: PartnerView) => number,
  what: string,
  /** The counted thing (one, many) and what happened to it: "3 of 4 QBRs held". */
  [one, many, done]: [string, string, string],
): SignalValue => {
  const n = sum(views.map(num));
  const d = sum(views.map(den));
  const contributing = views.filter((v) => num(v) > 0);
  return {
    metric,
    value: ratio(n, d),
    unit: 'share',
    basis: `${n} of ${d} ${what}`,
    sample: d,
    partners: ids(contributing),
    details: contributing.map((v) => `${num(v)} of ${plural(den(v), one, many)} ${done}`),
  };
};

const catalogue: Record<SignalMetric, (c: Ctx) => SignalValue> = {
  tiered_partner_share: ({ views }) =>
    share(
      'tiered_partner_share',
      views,
      (v) => !!v.facts.tier,
      'have a tier',
      (v) => v.facts.tier!,
    ),
  target_market_coverage: ({ views, brief }) => {
    const cov = marketCoverage(views, brief);
    const covered = cov.filter((c) => c.status === 'covered');
    return {
      metric: 'target_market_coverage',
      value: ratio(covered.length, cov.length),
      unit: 'share',
      basis: `${covered.length} of ${cov.length} target regions and segments have an active partner (${
        covered.map((c) => c.name).join(', ') || 'none'
      })`,
      sample: cov.length,
    };
  },
  training_score: ({ views }) =>
    surveyMean('training_score', views, (v) => v.facts.survey?.training, 'training'),
  resources_score: ({ views }) =>
    surveyMean('resources_score', views, (v) => v.facts.survey?.resources, 'resources'),
  support_score: ({ views }) => surveyMean('support_score', views, (v) => v.facts.survey?.support, 'support'),
  satisfaction_mean: ({ views }) =>
    surveyMean('satisfaction_mean', views, (v) => v.facts.survey?.satisfaction, 'satisfaction'),
  median_time_to_first_deal_days: ({ views, figures }) => ({
    metric: 'median_time_to_first_deal_days',
    value: figures.timeToFirstDeal.medianDays,
    unit: 'days',
    basis: `median over ${figures.timeToFirstDeal.n} partners with a won deal (join date → first won deal)`,
    sample: figures.timeToFirstDeal.n,
    partners: ids(views.filter((v) => v.timeToFirstDealDays !== null)),
    details: views
      .filter((v) => v.timeToFirstDealDays !== null)
      .map((v) => `${plural(v.timeToFirstDealDays!, 'day')} to the first won deal`),
  }),
  qbr_completion: ({ views, metrics }) =>
    sumRatio(
      'qbr_completion',
      views.filter((v) => metrics.qbrPartnerTypes.includes(v.facts.type)),
      (v) => v.facts.qbrHeld,
      (v) => v.facts.qbrScheduled,
      `QBRs scheduled in the period were held (${metrics.qbrPartnerTypes.join(', ')} partners)`,
      ['QBR', 'QBRs', 'held'],
    ),
  enablement_reach: ({ views, metrics }) =>
    share(
      'enablement_reach',
      views,
      (v) => v.facts.enablementSessionsRecent > 0,
      `attended an enablement session in the last ${metrics.activeDays} days`,
      (v) => plural(v.facts.enablementSessionsRecent, 'session'),
    ),
  co_marketing_share: ({ views }) =>
    share(
      'co_marketing_share',
      views,
      (v) => v.facts.coMarketing > 0,
      'ran co-marketing in the period',
      (v) => plural(v.facts.coMarketing, 'co-marketing activity', 'co-marketing activities'),
    ),
  registered_deal_share: ({ views }) => {
    // Only opportunities whose registration is known count: an export without it says nothing,
    // not "no" (docs/metrics.md). All unknown: not measured (value null).
    const unknown = sum(views.map((v) => v.facts.opportunitiesRegistrationUnknown));
    const s = sumRatio(
      'registered_deal_share',
      views,
      (v) => v.facts.opportunitiesRegistered,
      (v) => v.facts.opportunitiesCreated - v.facts.opportunitiesRegistrationUnknown,
      'opportunities created in the period were registered',
      ['opportunity', 'opportunities', 'registered'],
    );
    if (unknown === 0) return s;
    const basis =
      s.sample === 0
        ? `registration unknown for ${unknown === 1 ? 'the one opportunity' : `all ${unknown} opportunities`} created in the period`
        : `${s.basis}; registration unknown for ${unknown}`;
    return { ...s, basis };
  },
  partner_revenue_share: ({ figures }) => ({
    metric: 'partner_revenue_share',
    value: figures.revenueShare,
    unit: 'share',
    basis: 'partner-sourced revenue in the period ÷ company revenue (brief)',
    sample: null,
  }),
  engagement_tracked_share: ({ views }) =>
    share(
      'engagement_tracked_share',
      views,
      (v) => v.facts.trainingsCompleted + v.facts.portalLogins + v.facts.dealRegistrations > 0,
      'have engagement recorded (training, portal, deal registration) in the period',
      ({ facts: f }) =>
        [
          plural(f.trainingsCompleted, 'training'),
          plural(f.portalLogins, 'portal login'),
          plural(f.dealRegistrations, 'deal registration'),
        ].join(', '),
    ),
  meetings_held_share: ({ views }) =>
    sumRatio(
      'meetings_held_share',
      views,
      (v) => v.facts.meetingsHeld,
      (v) => v.facts.meetingsScheduled,
      'meetings scheduled in the period were held',
      ['meeting', 'meetings', 'held'],
    ),
  survey_response_rate: ({ views }) =>
    share('survey_response_rate', views, (v) => v.facts.surveyedInPeriod, 'answered a survey in the period'),
  strategic_sponsor_share: ({ views }) =>
    share(
      'strategic_sponsor_share',
      views.filter((v) => v.facts.type === 'strategic'),
      (v) => !!v.facts.executiveSponsor,
      'have an executive sponsor (strategic partners)',
      (v) => `sponsor: ${v.facts.executiveSponsor}`,
    ),
  multi_threaded_share: ({ views }) =>
    share(
      'multi_threaded_share',
      views,
      (v) => v.facts.currentContacts >= 2,
      'have two or more current contacts',
      (v) => plural(v.facts.currentContacts, 'current contact'),
    ),
  co_innovation_count: ({ views }) => {
    const hits = views.filter((v) => v.facts.coInnovation > 0);
    return {
      metric: 'co_innovation_count',
      value: sum(views.map((v) => v.facts.coInnovation)),
      unit: 'count',
      basis: `co-innovation activities in the period, with ${hits.length} partners`,
      sample: null,
      partners: ids(hits),
      details: hits.map((v) => plural(v.facts.coInnovation, 'activity', 'activities')),
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
      return `${roundHalfUp1(s.value).toFixed(1)}/10`;
    case 'days':
      return `${Math.round(s.value)} days`;
    case 'count':
      return String(s.value);
  }
};
