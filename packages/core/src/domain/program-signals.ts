/**
 * Program signals: each metric of the catalogue computed from the partner views, with every unit
 * behind it (each partner, or target market, with its own figure, failing ones first) so every
 * suggested score can be traced to records.
 */
import { formatMoneyShort, plural } from '@trellis/contracts';
import type { Brief } from './brief.ts';
import { marketCoverage } from './market-coverage.ts';
import type { PartnerView } from './partner-view.ts';
import type { ProgramFigures } from './program-figures.ts';
import type { MetricSettings } from './program-framework.ts';
import { roundHalfUp1 } from './rounding.ts';
import type { SignalMetric } from './signal-metrics.ts';
import {
  higherValueFirst,
  lowerRatioFirst,
  lowerValueFirst,
  orderUnits,
  type SignalUnit,
} from './signal-units.ts';
import { mean, ratio, sum } from './statistics.ts';

export interface SignalValue {
  metric: SignalMetric;
  /** null when the data cannot support the metric (e.g. no surveys); then no score is suggested. */
  value: number | null;
  unit: 'share' | 'score10' | 'days' | 'count';
  basis: string;
  /** How many records or partners the value rests on (null where a sample makes no sense). */
  sample: number | null;
  /**
   * Every unit behind the value, each with its own figure, failing ones first (signal-units.ts):
   * what an assessor opens. Counted units add up to the basis.
   */
  units: SignalUnit[];
}

interface Ctx {
  views: PartnerView[];
  figures: ProgramFigures;
  brief: Brief;
  metrics: MetricSettings;
}

const idOf = (v: PartnerView) => v.facts.externalId;

/** "X of N partners …": every partner counted; `detail` says each one's own figure, pass or fail. */
const share = (
  metric: SignalMetric,
  views: PartnerView[],
  test: (v: PartnerView) => boolean,
  what: string,
  detail: (v: PartnerView, passes: boolean) => string,
): SignalValue => {
  const units = views.map((v): SignalUnit => {
    const passes = test(v);
    return { id: idOf(v), counted: true, passes, value: null, detail: detail(v, passes) };
  });
  const hits = units.filter((u) => u.passes).length;
  return {
    metric,
    value: ratio(hits, views.length),
    unit: 'share',
    basis: `${hits} of ${views.length} partners ${what}`,
    sample: views.length,
    units: orderUnits(units),
  };
};

const surveyMean = (
  metric: SignalMetric,
  views: PartnerView[],
  pick: (v: PartnerView) => number | null | undefined,
  label: string,
): SignalValue => {
  const units = views.map((v): SignalUnit => {
    const x = pick(v) ?? null;
    return x === null
      ? {
          id: idOf(v),
          counted: false,
          passes: null,
          value: null,
          detail: v.facts.survey ? `no ${label} score in its latest survey` : 'no survey yet',
        }
      : {
          id: idOf(v),
          counted: true,
          passes: null,
          value: x,
          detail: `${x}/10 (survey of ${v.facts.survey!.respondedOn})`,
        };
  });
  const answered = units.filter((u) => u.counted);
  return {
    metric,
    value: mean(answered.map((u) => u.value!)),
    unit: 'score10',
    basis: `mean ${label} score of ${answered.length} partners' latest surveys`,
    sample: answered.length,
    units: orderUnits(units, lowerValueFirst),
  };
};

/**
 * A ratio of summed counts ("6 of 20 QBRs held"): each partner with something to count is a unit
 * with its own numerator and denominator, the failing (not all held) first; partners with nothing
 * to count follow, not counted.
 */
const sumRatio = (
  metric: SignalMetric,
  views: PartnerView[],
  num: (v: PartnerView) => number,
  den: (v: PartnerView) => number,
  what: string,
  /** The counted thing (one, many), what happened to it, and why a partner with nothing counted is left out. */
  [one, many, done, nothing]: [string, string, string, string | ((v: PartnerView) => string)],
): SignalValue => {
  const units = views.map((v): SignalUnit => {
    const n = num(v);
    const d = den(v);
    return d > 0
      ? {
          id: idOf(v),
          counted: true,
          passes: n >= d,
          value: n,
          of: d,
          detail: `${n} of ${plural(d, one, many)} ${done}`,
        }
      : {
          id: idOf(v),
          counted: false,
          passes: null,
          value: null,
          detail: typeof nothing === 'string' ? nothing : nothing(v),
        };
  });
  const n = sum(units.map((u) => u.value ?? 0));
  const d = sum(units.map((u) => u.of ?? 0));
  return {
    metric,
    value: ratio(n, d),
    unit: 'share',
    basis: `${n} of ${d} ${what}`,
    sample: d,
    units: orderUnits(units, lowerRatioFirst),
  };
};

/** Each target region and segment: covered when an active partner is in it. */
const coverageUnits = (views: PartnerView[], brief: Brief): SignalUnit[] =>
  marketCoverage(views, brief).map((c) => ({
    id: c.name,
    kind: c.kind,
    counted: true,
    passes: c.status === 'covered',
    value: c.activePartners,
    of: c.partners,
    detail:
      c.status === 'none'
        ? `no partner in this ${c.kind}`
        : `${plural(c.activePartners, 'active partner')} of ${plural(c.partners, 'partner')}`,
  }));

const catalogue: Record<SignalMetric, (c: Ctx) => SignalValue> = {
  tiered_partner_share: ({ views }) =>
    share(
      'tiered_partner_share',
      views,
      (v) => !!v.facts.tier,
      'have a program tier (recorded in the CRM)',
      (v, has) => (has ? `program tier ${v.facts.tier}` : 'no program tier'),
    ),
  target_market_coverage: ({ views, brief }) => {
    const units = coverageUnits(views, brief);
    const covered = units.filter((u) => u.passes);
    return {
      metric: 'target_market_coverage',
      value: ratio(covered.length, units.length),
      unit: 'share',
      basis: `${covered.length} of ${units.length} target regions and segments have an active partner (${
        covered.map((c) => c.id).join(', ') || 'none'
      })`,
      sample: units.length,
      units: orderUnits(units),
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
    // Slowest first: the partners that hold the median up.
    units: orderUnits(
      views.map((v): SignalUnit => {
        const days = v.timeToFirstDealDays;
        return days === null
          ? { id: idOf(v), counted: false, passes: null, value: null, detail: 'no won deal yet' }
          : {
              id: idOf(v),
              counted: true,
              passes: null,
              value: days,
              detail: `${plural(days, 'day')} to the first won deal`,
            };
      }),
      higherValueFirst,
    ),
  }),
  qbr_completion: ({ views, metrics }) =>
    sumRatio(
      'qbr_completion',
      views.filter((v) => metrics.qbrPartnerTypes.includes(v.facts.type)),
      (v) => v.facts.qbrHeld,
      (v) => v.facts.qbrScheduled,
      `QBRs scheduled in the period were held (${metrics.qbrPartnerTypes.join(', ')} partners)`,
      ['QBR', 'QBRs', 'held', 'no QBR scheduled in the period'],
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
      [
        'opportunity',
        'opportunities',
        'registered',
        (v) =>
          v.facts.opportunitiesCreated > 0
            ? `registration unknown for ${plural(v.facts.opportunitiesCreated, 'opportunity', 'opportunities')}`
            : 'no opportunity created in the period',
      ],
    );
    if (unknown === 0) return s;
    const basis =
      s.sample === 0
        ? `registration unknown for ${unknown === 1 ? 'the one opportunity' : `all ${unknown} opportunities`} created in the period`
        : `${s.basis}; registration unknown for ${unknown}`;
    return { ...s, basis };
  },
  partner_revenue_share: ({ views, figures }) => ({
    metric: 'partner_revenue_share',
    value: figures.revenueShare,
    unit: 'share',
    basis: 'partner-sourced revenue in the period ÷ company revenue (brief)',
    sample: null,
    // Each partner's partner-sourced revenue (dollars): they add up to the numerator.
    units: orderUnits(
      views.map((v) => {
        const cents = v.facts.sourcedRevenueCents;
        return {
          id: idOf(v),
          counted: true,
          passes: cents > 0,
          value: cents / 100,
          detail: cents > 0 ? `${formatMoneyShort(cents)} partner-sourced` : 'no partner-sourced revenue',
        };
      }),
      higherValueFirst,
    ),
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
      ['meeting', 'meetings', 'held', 'no meeting scheduled in the period'],
    ),
  survey_response_rate: ({ views }) =>
    share(
      'survey_response_rate',
      views,
      (v) => v.facts.surveyedInPeriod,
      'answered a survey in the period',
      (v, answered) =>
        answered
          ? `survey of ${v.facts.survey!.respondedOn}`
          : v.facts.survey
            ? `latest survey ${v.facts.survey.respondedOn}, before the period`
            : 'no survey yet',
    ),
  strategic_sponsor_share: ({ views }) =>
    share(
      'strategic_sponsor_share',
      views.filter((v) => v.facts.type === 'strategic'),
      (v) => !!v.facts.executiveSponsor,
      'have an executive sponsor (strategic partners)',
      (v, has) => (has ? `sponsor: ${v.facts.executiveSponsor}` : 'no executive sponsor'),
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
    const units = views.map(
      (v): SignalUnit => ({
        id: idOf(v),
        counted: true,
        passes: v.facts.coInnovation > 0,
        value: v.facts.coInnovation,
        detail: plural(v.facts.coInnovation, 'activity', 'activities'),
      }),
    );
    return {
      metric: 'co_innovation_count',
      value: sum(units.map((u) => u.value!)),
      unit: 'count',
      basis: `co-innovation activities in the period, with ${units.filter((u) => u.passes).length} partners`,
      sample: null,
      units: orderUnits(units, higherValueFirst),
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
