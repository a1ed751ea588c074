/** Type 7 quantiles as R's quantile() defines them (Hyndman & Fan 1996, "Sample Quantiles in Statistical Packages", The American Statistician 50(4)). */
import { describe, expect, it } from 'vitest';
import { quantileOfSorted } from './percentile.ts';

describe('quantileOfSorted', () => {
  it('interpolates between order statistics: quantile(1:4, c(0, .25, .5, .975, 1)) in R', () => {
    const xs = [1, 2, 3, 4];
    expect(quantileOfSorted(xs, 0)).toBe(1);
    expect(quantileOfSorted(xs, 0.25)).toBe(1.75);
    expect(quantileOfSorted(xs, 0.5)).toBe(2.5);
    expect(quantileOfSorted(xs, 0.975)).toBeCloseTo(3.925, 12);
    expect(quantileOfSorted(xs, 1)).toBe(4);
  });

  it('one value is every quantile; no values, none', () => {
    expect(quantileOfSorted([0.7], 0.025)).toBe(0.7);
    expect(quantileOfSorted([], 0.5)).toBeNull();
  });
});
