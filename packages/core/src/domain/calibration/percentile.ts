/**
 * The p-quantile (0 ≤ p ≤ 1) of values sorted ascending, interpolated linearly between order
 * statistics (Hyndman & Fan's type 7, R's and NumPy's default): h = (N − 1) p, then
 * x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]). Null for no values.
 */
export const quantileOfSorted = (sorted: readonly number[], p: number): number | null => {
  if (sorted.length === 0) return null;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
};
