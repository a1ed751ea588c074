/**
 * How many evaluations a stratum of `size` contributes to a sample of `share`:
 * round-half-up(share × size), but at least 1 when the stratum is not empty (every tier × assessor
 * is looked at, however small), and never more than the stratum holds.
 * The 1e-9 absorbs binary fractions (0.29 × 50 = 14.499999999999998 would otherwise round down to 14).
 */
export const stratumQuota = (share: number, size: number): number => {
  if (size === 0) return 0;
  return Math.min(size, Math.max(1, Math.floor(share * size + 0.5 + 1e-9)));
};
