/** The six dimensions: the radar, each dimension's score, band and weakest finding; claimed vs observed. */
import { dimensionRadarOption, formatDelta, formatScore, unassessedDimensions } from '@trellis/contracts';
import type { Block, Section } from '../document.ts';
import type { ProgramDocumentInput } from './input.ts';

export const scorecardSection = ({ report: r, previous }: ProgramDocumentInput): Section => {
  const before = new Map(previous?.report.scorecard.map((d) => [d.id, d.score]) ?? []);
  const unassessed = unassessedDimensions(r);
  const blocks: Block[] = [];
  if (r.scorecard.length - unassessed.length >= 3)
    blocks.push({
      kind: 'chart',
      title: `Dimension scores from 0 to 5${unassessed.length ? `; not assessed, so not drawn: ${unassessed.join(', ')}` : ''}`,
      option: dimensionRadarOption(r),
      width: 640,
      height: 360,
    });
  blocks.push({
    kind: 'table',
    head: ['Dimension', 'Score', ...(previous ? ['Change'] : []), 'Band', 'Weakest finding'],
    numeric: previous ? [1, 2] : [1],
    rows: r.scorecard.map((d) => {
      const prior = before.get(d.id);
      const change =
        d.score === null || prior === null || prior === undefined ? '—' : formatDelta(d.score - prior);
      return [
        d.dimension,
        d.score === null ? 'not assessed' : formatScore(d.score),
        ...(previous ? [change] : []),
        d.band,
        d.findings[0]?.text ?? '—',
      ];
    }),
  });
  if (r.claimsVsObserved.length)
    blocks.push(
      {
        kind: 'paragraph',
        text: [
          { strong: 'Claimed vs observed. ' },
          'Where the assessor’s score differs from the data by 2 or more, the report uses the assessor’s and says what the data shows:',
        ],
      },
      {
        kind: 'list',
        items: r.claimsVsObserved.map((c) => [
          { strong: c.text },
          `: claimed ${c.claimed}/5, observed ${c.observed}/5 — ${c.signal.display} (${c.signal.basis}). The assessor: “${c.reason}”. On the data alone, ${c.dimension} would be ${formatScore(c.dimensionScoreOnData)} instead of ${formatScore(c.dimensionScore)}.`,
        ]),
      },
    );
  return {
    id: 'scorecard',
    title: '2) Dimension scorecard: which dimensions hold the program back?',
    blocks,
    newPage: true,
  };
};
