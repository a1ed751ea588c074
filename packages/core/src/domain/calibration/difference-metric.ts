import type { MeasurementLevel, RatingValue } from './rating.ts';

/**
 * The squared difference δ²(c, k) between every two values (a V × V matrix, row-major), as
 * Krippendorff (2011) defines it per level of measurement:
 * - nominal: 0 when c = k, else 1;
 * - ordinal: (Σ_{g=c..k} n_g − (n_c + n_k) / 2)², the values' ranks taken from the marginal
 *   frequencies n_g of the data at hand (so it needs them);
 * - interval: (c − k)².
 */
export const squaredDifferences = (
  level: MeasurementLevel,
  values: readonly RatingValue[],
  marginals: ArrayLike<number>,
): Float64Array => {
  const v = values.length;
  const d = new Float64Array(v * v);
  // Running sums of the marginals: Σ_{g=c..k} n_g = cumulative[k + 1] − cumulative[c].
  const cumulative = new Float64Array(v + 1);
  for (let g = 0; g < v; g++) cumulative[g + 1] = cumulative[g]! + marginals[g]!;
  for (let c = 0; c < v; c++) {
    for (let k = c + 1; k < v; k++) {
      let delta: number;
      if (level === 'nominal') delta = 1;
      else if (level === 'interval') delta = ((values[c] as number) - (values[k] as number)) ** 2;
      else delta = (cumulative[k + 1]! - cumulative[c]! - (marginals[c]! + marginals[k]!) / 2) ** 2;
      d[c * v + k] = delta;
      d[k * v + c] = delta;
    }
  }
  return d;
};
