import type { Band } from './program-framework.ts';

/** The band of a displayed (already rounded) score: bands are read from the printed value. */
export const bandOf = (bands: Band[], displayed: number): Band => {
  let found = bands[0]!;
  for (const b of bands) if (displayed >= b.min - 1e-9) found = b;
  return found;
};

/** Scoring rounds exactly as printing does: the one formatting module of @trellis/contracts. */
export { formatScore, roundHalfUp1 } from '@trellis/contracts';
