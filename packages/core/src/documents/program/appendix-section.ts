/**
 * Where the numbers come from: the framework and its fingerprint, the as-of date and the period,
 * the records each criterion read, and every criterion's score with its source.
 */
import { formatCount, formatDate, plural, usdShort } from '@trellis/contracts';
import type { Section } from '../document.ts';
import { objectiveText } from './brief-text.ts';
import { criteriaOf, type ProgramDocumentInput } from './input.ts';
import { unitBlocks } from './units-section.ts';

const SOURCE: Record<string, string> = { signal: 'the data', manual: 'the assessor', none: 'not scored' };

export const appendixSection = ({ report: r, assessment }: ProgramDocumentInput): Section => ({
  id: 'appendix',
  title: 'Appendix: where these numbers come from',
  newPage: true,
  blocks: [
    { kind: 'paragraph', text: { strong: 'The brief: what data cannot tell' } },
    {
      kind: 'list',
      items: [
        [
          { strong: 'Context: ' },
          `${r.brief.context.notes ?? '—'}${r.brief.context.companyRevenue ? ` Company revenue ${usdShort(r.brief.context.companyRevenue)}.` : ''} Target regions: ${r.brief.context.targetRegions.join(', ') || '—'}; segments: ${r.brief.context.targetSegments.join(', ') || '—'}.`,
        ],
        [
          { strong: 'Objectives: ' },
          [
            ...r.brief.objectives.map(objectiveText),
            ...r.brief.initiatives.map((i) => `${i.title}${i.count ? ` (${i.count})` : ''}`),
          ].join('; ') || '—',
        ],
        [
          { strong: 'Constraints: ' },
          `a team of ${r.brief.constraints.teamSize}; ${r.brief.constraints.budget} budget; ${r.brief.constraints.executiveBandwidth} executive bandwidth${r.brief.constraints.notes ? `. ${r.brief.constraints.notes}` : ''}`,
        ],
      ],
    },
    { kind: 'paragraph', text: { strong: 'Sources' } },
    {
      kind: 'list',
      items: [
        `Assessment #${assessment.number} (${assessment.status}), as of ${formatDate(r.asOf)}; the period is ${formatDate(r.period.start)} to ${formatDate(r.period.end)} (${plural(r.period.days, 'day')}); a partner is active with activity in the last ${plural(r.period.activeDays, 'day')}.`,
        `Framework ${r.framework.kind} ${r.framework.version}, sha256 ${r.framework.sha256}.`,
      ],
    },
    {
      kind: 'table',
      head: ['Records', 'Rows', 'Dated', 'Criteria they feed'],
      numeric: [1],
      rows: r.dataCoverage.map((k) => [
        k.kind,
        formatCount(k.rows),
        k.from && k.to ? `${formatDate(k.from)} – ${formatDate(k.to)}` : '—',
        k.feeds.length ? String(k.feeds.length) : '—',
      ]),
      note: 'Everything the org holds of each kind of record, all dates; only records in the period count.',
    },
    {
      kind: 'table',
      head: ['Criterion', 'Dimension', 'Score', 'From', 'What the data shows'],
      numeric: [2],
      rows: criteriaOf(r).map((c) => [
        c.text,
        c.dimension,
        c.final === null ? '—' : `${c.final}/5`,
        c.missingData.length
          ? `not measured (import ${c.missingData.join(', ')})`
          : (SOURCE[c.source] ?? c.source),
        c.signal
          ? `${c.signal.display} — ${c.signal.basis}${c.smallSample ? ` (small sample, n = ${c.signal.sample})` : ''}`
          : '—',
      ]),
    },
    ...unitBlocks(r),
  ],
});
