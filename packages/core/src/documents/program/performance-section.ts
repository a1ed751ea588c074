/**
 * Enablement (survey scores against the target, training completion, recommendations) and each
 * partner's performance — where a figure could surprise, the row says why (no readiness evidence
 * yet, a first deal won before the period).
 */
import {
  capitalise,
  enablementGapsOption,
  formatScore,
  plural,
  programAboveReadiness,
  usdShort,
} from '@trellis/contracts';
import type { Section, Text } from '../document.ts';
import type { ProgramDocumentInput } from './input.ts';

type Row = ProgramDocumentInput['report']['performance']['partners'][number];

const TOP = 25;

/** The readiness tier as a reader takes it: its name and composite, or why there is none. */
const readinessCell = (p: Row): Text => {
  if (!p.readiness) return { muted: 'not scored' };
  const review = programAboveReadiness(p.programTier, p.readiness.tier) ? [{ strong: ' — review' }] : [];
  if (p.readiness.tier)
    return [`${capitalise(p.readiness.tier)} (${formatScore(p.readiness.composite)})`, ...review];
  return p.readiness.composite === 0
    ? [{ muted: 'no readiness evidence yet' }, ...review]
    : [`none (${formatScore(p.readiness.composite)})`, ...review];
};

const firstDealCell = (p: Row): Text =>
  p.timeToFirstDealDays === null
    ? { muted: 'no deal won yet' }
    : p.deals === 0
      ? [`${p.timeToFirstDealDays} days `, { muted: '(won before the period)' }]
      : `${p.timeToFirstDealDays} days`;

export const enablementSection = ({ report: r }: ProgramDocumentInput): Section => {
  const e = r.enablement;
  return {
    id: 'enablement',
    title: '4) Enablement gap analysis: where does enablement fall short?',
    blocks: [
      {
        kind: 'chart',
        title: `Mean survey score by area against the target of ${formatScore(e.target)} out of 10`,
        option: enablementGapsOption(r),
        width: 640,
        height: 240,
      },
      {
        kind: 'table',
        head: ['Area', 'Mean (0–10)', 'Answers', 'Against the target'],
        numeric: [1, 2],
        rows: e.feedback.map((f) => [
          capitalise(f.area),
          f.mean === null ? 'not measured' : formatScore(f.mean),
          String(f.n),
          f.mean === null ? '—' : f.mean < e.target ? `below ${formatScore(e.target)}` : 'meets it',
        ]),
      },
      {
        kind: 'paragraph',
        text:
          e.trainingCompletion.share === null
            ? 'Training completion: no partners to measure.'
            : `Training completion: ${plural(e.trainingCompletion.partners, 'partner')} (${Math.round(e.trainingCompletion.share * 100)}%) completed ${plural(e.trainingCompletion.completions, 'training')} in the period.`,
      },
      {
        kind: 'list',
        items: e.recommendations.map((x) => [{ strong: x.title }, ` — because ${x.because}.`]),
      },
    ],
  };
};

export const performanceSection = ({ report: r }: ProgramDocumentInput): Section => {
  const a = r.performance.aggregates;
  const rows = [...r.performance.partners].sort(
    (x, y) => y.revenue - x.revenue || x.name.localeCompare(y.name),
  );
  return {
    id: 'performance',
    title: '5) Performance dashboard: how is each partner performing?',
    blocks: [
      {
        kind: 'figures',
        items: [
          {
            label: 'Partner revenue',
            value: usdShort(a.partnerRevenue),
            note: `${plural(a.deals, 'deal')} won in the period`,
          },
          { label: 'Open pipeline', value: usdShort(a.pipeline) },
          {
            label: 'Median time to first deal',
            value:
              a.medianTimeToFirstDealDays === null
                ? 'not measured'
                : plural(Math.round(a.medianTimeToFirstDealDays), 'day'),
          },
          {
            label: 'Average satisfaction',
            value: a.avgSatisfaction === null ? 'not measured' : `${formatScore(a.avgSatisfaction)} of 10`,
          },
        ],
      },
      {
        kind: 'table',
        head: [
          'Partner',
          'Type',
          'Revenue',
          'Deals',
          'Pipeline',
          'Satisfaction',
          'First deal',
          'Health',
          'Program tier',
          'Readiness tier',
        ],
        numeric: [2, 3, 4, 5],
        rows: rows
          .slice(0, TOP)
          .map((p) => [
            p.name,
            p.type,
            usdShort(p.revenue),
            String(p.deals),
            usdShort(p.pipeline),
            p.satisfaction === null ? { muted: 'no survey' } : `${formatScore(p.satisfaction)}/10`,
            firstDealCell(p),
            p.health,
            p.programTier ? capitalise(p.programTier) : { muted: 'none' },
            readinessCell(p),
          ]),
        note: `${
          rows.length > TOP
            ? `The ${TOP} partners with the most revenue in the period, of ${rows.length}; the spreadsheet edition lists all of them.`
            : `All ${plural(rows.length, 'partner')}, by revenue in the period.`
        } Program tier: recorded in the CRM; readiness tier: computed from evidence (composite in brackets); "review": the program tier is above the readiness tier.`,
      },
      ...(r.performance.underperformers.length
        ? [
            { kind: 'paragraph' as const, text: { strong: 'Falling behind' } },
            {
              kind: 'list' as const,
              items: r.performance.underperformers.map((u) => [{ strong: u.name }, ` — ${u.why}`]),
            },
          ]
        : []),
    ],
  };
};
