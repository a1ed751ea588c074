/** The executive summary as plain text, for the terminal. */
import type { ProgramReport } from '@trellis/contracts';

export const renderProgramSummaryText = (r: ProgramReport): string =>
  [
    `${r.program} — as of ${r.asOf}`,
    ...r.summary.headline,
    '',
    'Dimension scorecard:',
    ...r.scorecard.map(
      (d) => `  ${d.score === null ? ' — ' : d.score.toFixed(1)}  ${d.band.padEnd(12)}  ${d.dimension}`,
    ),
    ...(r.claimsVsObserved.length
      ? [
          '',
          `Claimed vs observed: ${r.claimsVsObserved.length} ${r.claimsVsObserved.length === 1 ? 'criterion' : 'criteria'} (see report)`,
        ]
      : []),
    '',
  ].join('\n');
