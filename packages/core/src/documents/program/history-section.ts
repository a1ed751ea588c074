/**
 * What changed since the assessment before: the overall score and each dimension, partners' health
 * moving between engaged, passive, at-risk and dormant (a transition table), tier changes, and the
 * plan's measures against their targets then and now. Only when there is an assessment before.
 */
import { capitalise, formatDate, formatDelta, formatScore, plural } from '@trellis/contracts';
import type { Block, Section } from '../document.ts';
import type { ProgramDocumentInput } from './input.ts';
import { measureText } from './measure-text.ts';

const HEALTH = ['engaged', 'passive', 'at-risk', 'dormant'] as const;

export const historySection = ({ report: r, previous }: ProgramDocumentInput): Section | undefined => {
  if (!previous) return undefined;
  const p = previous.report;
  const before = new Map(p.performance.partners.map((x) => [x.externalId, x]));
  const now = new Map(r.performance.partners.map((x) => [x.externalId, x]));
  const count = (from: string, to: string) =>
    r.performance.partners.filter((x) => before.get(x.externalId)?.health === from && x.health === to).length;
  const joined = r.performance.partners.filter((x) => !before.has(x.externalId)).length;
  const left = p.performance.partners.filter((x) => !now.has(x.externalId)).length;
  const tierOf = (x: { readiness: { tier: string | null } | null } | undefined) =>
    x?.readiness?.tier ?? 'none';
  const tierChanges = r.performance.partners
    .filter((x) => before.has(x.externalId) && tierOf(before.get(x.externalId)) !== tierOf(x))
    .map((x) => `${x.name}: ${capitalise(tierOf(before.get(x.externalId)))} → ${capitalise(tierOf(x))}`);
  const metricsBefore = new Map(p.plan.metrics.map((m) => [m.metric, m.baseline]));
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: [
        {
          strong: `Overall ${formatScore(p.summary.overall.score)} → ${formatScore(r.summary.overall.score)}`,
        },
        ` (${formatDelta(r.summary.overall.score - p.summary.overall.score)}), ${p.summary.overall.band} → ${r.summary.overall.band}. Each dimension's change is in the scorecard.`,
      ],
    },
    {
      kind: 'table',
      head: ['Health before ↓ / now →', ...HEALTH.map(capitalise), 'Partners'],
      numeric: [1, 2, 3, 4, 5],
      rows: HEALTH.map((from) => {
        const row = HEALTH.map((to) => count(from, to));
        return [capitalise(from), ...row.map(String), String(row.reduce((a, b) => a + b, 0))];
      }),
      note: `Partners in both assessments, by their health then (rows) and now (columns); the diagonal stayed put. ${plural(joined, 'partner')} new since, ${plural(left, 'partner')} no longer in the program.`,
    },
    {
      kind: 'paragraph',
      text: [
        { strong: 'Readiness tier changes: ' },
        tierChanges.length
          ? tierChanges.join('; ')
          : 'no partner changed readiness tier between the two assessments.',
      ],
    },
  ];
  if (r.plan.metrics.length)
    blocks.push({
      kind: 'table',
      head: ['Measure', 'Before', 'Now', 'Target', 'By'],
      numeric: [1, 2, 3],
      rows: r.plan.metrics.map((m) => [
        m.label,
        measureText(m.unit, metricsBefore.get(m.metric)),
        measureText(m.unit, m.baseline),
        measureText(m.unit, m.target),
        m.deadline ? formatDate(m.deadline) : '—',
      ]),
      note: 'The measures the plan moves, at the assessment before and now, against the brief’s targets.',
    });
  return {
    id: 'history',
    title: `What changed since ${previous.report.asOf === r.asOf ? `assessment #${previous.number}` : `the assessment of ${formatDate(previous.report.asOf)}`}?`,
    blocks,
  };
};
