import { type AgreementData, agreementData } from './agreement-data.ts';
import { squaredDifferences } from './difference-metric.ts';
import type { MeasurementLevel, Rating } from './rating.ts';

/** Why alpha has no value: nothing to pair, or every pairable value the same (nothing to expect). */
export type AlphaUndefinedReason = 'no-pairable-values' | 'no-variation';

export const ALPHA_UNDEFINED_REASONS: Record<AlphaUndefinedReason, string> = {
  'no-pairable-values': 'no unit has ratings from two raters, so there is nothing to compare',
  'no-variation': 'every pairable value is the same, so no disagreement is expected and alpha is undefined',
};

export interface AlphaResult {
  level: MeasurementLevel;
  /** 1 − Do / De; null (never NaN) when undefined, with the reason. */
  alpha: number | null;
  undefinedReason: AlphaUndefinedReason | null;
  /** Pairable units: those rated by at least two raters. */
  units: number;
  /** n: the values in pairable units. */
  pairableValues: number;
  /** Do; null without pairable values. */
  observedDisagreement: number | null;
  /** De; null without pairable values. */
  expectedDisagreement: number | null;
}

/**
 * Krippendorff's alpha over the units at `selection` (indices into `data.units`, repeats allowed:
 * the bootstrap's resamples), by the coincidence matrix: a unit of m values adds 1 / (m − 1) to
 * o(c, k) for every ordered pair of its values from different raters; n_c = Σ_k o(c, k);
 * Do = Σ o(c, k) δ²(c, k) / n and De = Σ n_c n_k δ²(c, k) / (n (n − 1)).
 */
export const alphaOfUnits = (data: AgreementData, selection?: readonly number[]): AlphaResult => {
  const v = data.values.length;
  const coincidences = new Float64Array(v * v);
  const marginals = new Float64Array(v);
  let n = 0;
  const chosen = selection ?? data.units.map((_, i) => i);
  for (const at of chosen) {
    const { size, counts } = data.units[at]!;
    for (const [c, countC] of counts) {
      marginals[c]! += countC;
      n += countC;
      for (const [k, countK] of counts)
        coincidences[c * v + k]! += (c === k ? countC * (countC - 1) : countC * countK) / (size - 1);
    }
  }
  const base = { level: data.level, units: chosen.length, pairableValues: n };
  if (n === 0)
    return {
      ...base,
      alpha: null,
      undefinedReason: 'no-pairable-values',
      observedDisagreement: null,
      expectedDisagreement: null,
    };
  const delta = squaredDifferences(data.level, data.values, marginals);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < v; c++)
    for (let k = 0; k < v; k++) {
      observed += coincidences[c * v + k]! * delta[c * v + k]!;
      expected += marginals[c]! * marginals[k]! * delta[c * v + k]!;
    }
  const observedDisagreement = observed / n;
  const expectedDisagreement = expected / (n * (n - 1));
  // Expected disagreement is a sum of non-negative terms: zero only when one value is all there is.
  if (expectedDisagreement === 0)
    return {
      ...base,
      alpha: null,
      undefinedReason: 'no-variation',
      observedDisagreement,
      expectedDisagreement,
    };
  return {
    ...base,
    alpha: 1 - observedDisagreement / expectedDisagreement,
    undefinedReason: null,
    observedDisagreement,
    expectedDisagreement,
  };
};

/** Krippendorff's alpha of ratings (one per unit and rater: see `ratingProblems`). */
export const krippendorffAlpha = (ratings: readonly Rating[], level: MeasurementLevel): AlphaResult =>
  alphaOfUnits(agreementData(ratings, level));
