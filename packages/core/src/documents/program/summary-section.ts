/**
 * The one-page executive summary: the overall score and band, the trend since the last assessment,
 * the partner value, the three largest gaps, the first three actions, and what was not measured.
 */
import {
  capitalise,
  formatDate,
  formatDelta,
  formatPercent,
  formatScore,
  freshness,
  freshnessText,
  importedSinceText,
  plural,
  usdShort,
} from '@trellis/contracts';
import type { Section, Text } from '../document.ts';
import { criteriaOf, type ProgramDocumentInput } from './input.ts';

const trend = ({ report, previous }: ProgramDocumentInput): string => {
  if (!previous) return 'No assessment of an earlier date yet: the trend shows from the next quarter.';
  const before = previous.report.summary.overall.score;
  const delta = report.summary.overall.score - before;
  const word = Math.abs(delta) < 0.05 ? 'Unchanged' : delta > 0 ? 'Up' : 'Down';
  return `${word} ${formatDelta(delta).replace(/^[+−]/, '')} since ${formatDate(previous.report.asOf)} (assessment #${previous.number}: ${formatScore(before)}, ${previous.report.summary.overall.band}).`;
};

/** How fresh the data is, and what was imported after the assessment was made. */
const freshnessLine = ({ report: r, importedSince }: ProgramDocumentInput): Text => {
  const since = importedSinceText(importedSince ?? []);
  return [
    { strong: 'How fresh the data is: ' },
    `${capitalise(freshnessText(freshness(r.asOf, r.dataCoverage)))}.`,
    ...(since
      ? [{ strong: ` ${capitalise(since)} this assessment was made — re-assess to include them.` }]
      : []),
  ];
};

export const summarySection = (input: ProgramDocumentInput): Section => {
  const r = input.report;
  const v = r.summary.valueRealized;
  const weakest = r.scorecard
    .filter((d) => d.score !== null)
    .sort((a, b) => a.score! - b.score! || a.dimension.localeCompare(b.dimension))[0];
  // The largest gaps: the lowest final scores, weakest first; a score resting on a small sample
  // comes after an equal one on a full sample (and says so); the scorecard's order breaks ties.
  const gaps = criteriaOf(r)
    .filter((c) => c.final !== null)
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.final! - b.c.final! || Number(a.c.smallSample) - Number(b.c.smallSample) || a.i - b.i)
    .slice(0, 3)
    .map(({ c }) => c);
  const notMeasured = criteriaOf(r).filter((c) => c.missingData.length > 0);
  const notScored = criteriaOf(r).filter((c) => c.final === null && c.missingData.length === 0);
  // The executive summary's first actions are the report's top improvements (one list, from the
  // domain's doThisFirst), with what the plan says of each.
  const planned = [...r.plan.days30, ...r.plan.days60, ...r.plan.days90];
  const first = r.summary.topImprovements.flatMap((t) => planned.filter((a) => a.action === t.action));
  const c = r.summary.criteria;
  return {
    id: 'summary',
    title: '1) Executive summary',
    blocks: [
      {
        kind: 'headline',
        value: formatScore(r.summary.overall.score),
        band: r.summary.overall.band,
        text: [
          'of 5. ',
          trend(input),
          ...(weakest ? [` Held back most by ${weakest.dimension} (${formatScore(weakest.score!)}).`] : []),
        ],
      },
      {
        kind: 'figures',
        items: [
          {
            label: 'Partner-sourced revenue',
            value: usdShort(v.partnerSourcedRevenue),
            note:
              v.revenueShare === null
                ? 'company revenue not given in the brief'
                : `${formatPercent(v.revenueShare)} of company revenue`,
          },
          {
            label: 'Active partners',
            value: `${v.active} of ${v.partners}`,
            note: `active in the last ${r.period.activeDays} days`,
          },
          {
            label: 'Partner health',
            value: `${v.engaged} engaged`,
            note: `${v.passive} passive · ${v.atRisk} at-risk · ${v.dormant} dormant`,
          },
          {
            label: 'Criteria measured',
            value: `${c.scored} of ${c.total}`,
            note: `${c.fromData} from data, ${c.fromAssessor} by the assessor`,
          },
        ],
      },
      { kind: 'paragraph', text: { strong: 'The three largest gaps' } },
      {
        kind: 'list',
        ordered: true,
        items: gaps.map((g) => [
          { strong: g.text },
          ` — ${g.final}/5 (${g.dimension})`,
          ...(g.signal ? [`; the data: ${g.signal.display}, ${g.signal.basis}`] : []),
          ...(g.smallSample && g.signal ? [{ strong: ` (small sample, n = ${g.signal.sample})` }] : []),
          ...(g.manual ? [`; the assessor: ${g.manual.reason}`] : []),
        ]),
      },
      { kind: 'paragraph', text: { strong: 'The first three actions' } },
      {
        kind: 'list',
        ordered: true,
        items: first.map((a) => [
          { strong: a.title },
          ` — ${r.plan.days30.includes(a) ? 'in 30 days' : r.plan.days60.includes(a) ? 'in 60 days' : 'in 90 days'}, ${a.effort} effort, `,
          a.owner ? `owner ${a.owner}. ` : { muted: 'no owner named yet. ' },
          a.because,
        ]),
      },
      { kind: 'paragraph', text: { strong: 'Not measured' } },
      notMeasured.length + notScored.length === 0
        ? { kind: 'paragraph', text: 'Every criterion was measured from data or scored by the assessor.' }
        : {
            kind: 'list',
            items: [
              ...notMeasured.map((m) => `${m.text}: import ${m.missingData.join(', ')} to measure it.`),
              ...notScored.map((m) => `${m.text}: no data signal and no assessor's score.`),
            ],
          },
      { kind: 'paragraph', text: freshnessLine(input) },
      {
        kind: 'paragraph',
        text: {
          muted: `${plural(c.total, 'criterion', 'criteria')} across ${plural(r.scorecard.length, 'dimension')}; the overall score is the weighted mean of the dimensions. Sources and definitions are in the appendix.`,
        },
      },
    ],
  };
};
