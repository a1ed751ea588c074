/** The one-line why of the overall score: the weakest assessed dimension and its weakest finding. */
import type { ProgramReport } from '@trellis/contracts';

type Dimension = ProgramReport['scorecard'][number];

export interface Why {
  dimension: Dimension;
  finding: Dimension['findings'][number];
}

export const weakestPoint = (report: Pick<ProgramReport, 'scorecard'>): Why | undefined => {
  const assessed = report.scorecard.filter((d) => d.score !== null);
  // Lowest score first; among equals, the heavier weight (it moves the overall more), then report order.
  const dimension = [...assessed].sort((a, b) => a.score! - b.score! || b.weight - a.weight)[0];
  if (!dimension) return undefined;
  const finding = [...dimension.findings].sort((a, b) => (a.score ?? 6) - (b.score ?? 6))[0]!;
  return { dimension, finding };
};

/** The strongest assessed dimension (for the contrast line). */
export const strongestDimension = (report: Pick<ProgramReport, 'scorecard'>): Dimension | undefined =>
  [...report.scorecard.filter((d) => d.score !== null)].sort((a, b) => b.score! - a.score!)[0];
