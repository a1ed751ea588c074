import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spearman } from './rank-correlation.ts';
import { tCdf } from './student-t.ts';

const measured = (pairs: [number, number][]) => {
  const r = spearman(pairs);
  if (!r.measurable) throw new Error(`not measurable: ${r.reason}`);
  return r;
};

describe("Spearman's ρ", () => {
  it('matches the published IQ × hours-of-TV example', () => {
    // Wikipedia, "Spearman's rank correlation coefficient", section Example
    // (https://en.wikipedia.org/wiki/Spearman%27s_rank_correlation_coefficient): ten people, Σd² = 194,
    // ρ = 1 − 6·194 / (10·99) = −29/165 = −0.1757…; t = −0.5049782 on 8 df, and R's pt(t, 8) =
    // 0.3135942 (Cross Validated, "Calculating p-value for Spearman's rank correlation coefficient
    // example on Wikipedia", https://stats.stackexchange.com/questions/22816), so two-sided p = 0.6271884.
    const iqAndTv: [number, number][] = [
      [106, 7],
      [86, 0],
      [100, 27],
      [101, 50],
      [99, 28],
      [103, 29],
      [97, 20],
      [113, 12],
      [112, 6],
      [110, 17],
    ];
    const r = measured(iqAndTv);
    expect(r.n).toBe(10);
    expect(r.rho).toBeCloseTo(-29 / 165, 12);
    expect(r.p).toBeCloseTo(0.6271884, 6);
  });

  it('ranks ties by their average, as a hand computation does', () => {
    // x = 1, 2, 2, 3, 4 → ranks 1, 2.5, 2.5, 4, 5; y = 2, 1, 3, 3, 5 → ranks 2, 1, 3.5, 3.5, 5.
    // Deviations from the mean rank 3: x −2, −.5, −.5, 1, 2; y −1, −2, .5, .5, 2.
    // Σdx·dy = 2 + 1 − .25 + .5 + 4 = 7.25; Σdx² = Σdy² = 9.5; ρ = 7.25 / 9.5 = 29/38.
    // p from the closed-form CDF of t on 3 df (independent of the incomplete beta).
    const r = measured([
      [1, 2],
      [2, 1],
      [2, 3],
      [3, 3],
      [4, 5],
    ]);
    expect(r.rho).toBeCloseTo(29 / 38, 12);
    const t = (29 / 38) * Math.sqrt(3 / (1 - (29 / 38) ** 2));
    const u = t / Math.sqrt(3);
    const upper = 0.5 - (u / (1 + u * u) + Math.atan(u)) / Math.PI;
    expect(r.p).toBeCloseTo(2 * upper, 12);
    expect(r.p).toBeCloseTo(2 * (1 - tCdf(t, 3)), 12);
  });

  it('is ±1 with p = 0 for a perfectly monotone relation', () => {
    expect(
      measured([
        [1, 1],
        [2, 4],
        [3, 9],
        [4, 16],
      ]),
    ).toEqual({ measurable: true, rho: 1, n: 4, p: 0 });
    expect(
      measured([
        [1, 3],
        [2, 2],
        [3, 1],
      ]),
    ).toMatchObject({ rho: -1, p: 0 });
  });

  it('agrees with 1 − 6Σd²/(n(n² − 1)) whenever there are no ties', () => {
    const distinct = fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 3, maxLength: 40 });
    fc.assert(
      fc.property(distinct, fc.infiniteStream(fc.integer({ min: 0, max: 10_000 })), (xs, noise) => {
        const ys = [...new Set(xs.map((x) => x * 7 + noise.next().value))];
        if (ys.length !== xs.length) return; // a tie after the noise: the shortcut does not hold
        const rank = (vs: number[]) => vs.map((v) => vs.filter((w) => w < v).length + 1);
        const rx = rank(xs);
        const ry = rank(ys);
        const n = xs.length;
        const d2 = rx.reduce((s, r, i) => s + (r - ry[i]!) ** 2, 0);
        const r = measured(xs.map((x, i) => [x, ys[i]!]));
        expect(r.rho).toBeCloseTo(1 - (6 * d2) / (n * (n * n - 1)), 10);
        expect(r.p).toBeGreaterThanOrEqual(0);
        expect(r.p).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('is not measurable below three pairs or when a side never varies', () => {
    expect(spearman([])).toEqual({ measurable: false, n: 0, reason: 'too-few-pairs' });
    expect(
      spearman([
        [1, 2],
        [2, 3],
      ]),
    ).toEqual({ measurable: false, n: 2, reason: 'too-few-pairs' });
    expect(
      spearman([
        [5, 1],
        [5, 2],
        [5, 3],
      ]),
    ).toEqual({ measurable: false, n: 3, reason: 'constant-first' });
    expect(
      spearman([
        [1, 4],
        [2, 4],
        [3, 4],
      ]),
    ).toEqual({ measurable: false, n: 3, reason: 'constant-second' });
  });

  it('refuses a pair that is not two finite numbers', () => {
    expect(() =>
      spearman([
        [1, 2],
        [Number.NaN, 3],
        [3, 4],
      ]),
    ).toThrow(/pair 1/);
  });
});
