import type { Band } from './program-framework.ts';

/**
 * Rounds half up to one decimal. Works on the decimal string of the value, so 2.25 → 2.3 and
 * 2.35 → 2.4 even where binary floating point stores them as 2.2499… or 2.3499….
 */
export const roundHalfUp1 = (value: number): number => {
  const scaled = value * 10;
  const nearest = Math.round(scaled);
  // Treat anything within 1e-9 of a .5 boundary as on it, then round away from zero.
  const floor = Math.floor(scaled);
  if (Math.abs(scaled - floor - 0.5) < 1e-9) return (floor + 1) / 10;
  return nearest / 10;
};

/** The band of a displayed (already rounded) score: bands are read from the printed value. */
export const bandOf = (bands: Band[], displayed: number): Band => {
  let found = bands[0]!;
  for (const b of bands) if (displayed >= b.min - 1e-9) found = b;
  return found;
};

export const formatScore = (value: number): string => roundHalfUp1(value).toFixed(1);
