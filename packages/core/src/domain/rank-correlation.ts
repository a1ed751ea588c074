/**
 * Spearman's rank correlation ρ with its significance. ρ is the Pearson correlation of the average
 * ranks (so ties are handled exactly, not by the 1 − 6Σd²/(n(n²−1)) shortcut, which holds only
 * without ties); the two-sided p-value is the t approximation t = ρ·√((n−2)/(1−ρ²)) on n − 2
 * degrees of freedom. Definitions: docs/governance.md#pass-band-validity.
 */
import { averageRanks } from './ranks.ts';
import { mean } from './statistics.ts';
import { tTwoSidedP } from './student-t.ts';

/** Fewer pairs than this and the t approximation has no degrees of freedom. */
export const MIN_CORRELATION_PAIRS = 3;

export interface RankCorrelation {
  measurable: true;
  rho: number;
  n: number;
  /** Two-sided p-value of ρ = 0 (t approximation, n − 2 degrees of freedom). */
  p: number;
}

export type UnmeasurableReason = 'too-few-pairs' | 'constant-first' | 'constant-second';

export interface NotMeasurable<R extends string = UnmeasurableReason> {
  measurable: false;
  n: number;
  reason: R;
}

const pearson = (xs: number[], ys: number[]): number => {
  const mx = mean(xs)!;
  const my = mean(ys)!;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    const dx = x - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  });
  // Rounding can carry |r| a hair past 1, where √(1 − r²) is not a number.
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
};

const isConstant = (xs: readonly number[]): boolean => xs.every((x) => x === xs[0]);

/** ρ of the pairs (x, y); not measurable below three pairs or when either side never varies. */
export const spearman = (pairs: readonly (readonly [number, number])[]): RankCorrelation | NotMeasurable => {
  const n = pairs.length;
  pairs.forEach(([x, y], i) => {
    // Validation happens at the boundary; a non-number here is a bug, not data.
    if (!Number.isFinite(x) || !Number.isFinite(y))
      throw new RangeError(`pair ${i} is not two finite numbers`);
  });
  if (n < MIN_CORRELATION_PAIRS) return { measurable: false, n, reason: 'too-few-pairs' };
  const xs = pairs.map(([x]) => x);
  const ys = pairs.map(([, y]) => y);
  if (isConstant(xs)) return { measurable: false, n, reason: 'constant-first' };
  if (isConstant(ys)) return { measurable: false, n, reason: 'constant-second' };
  const rho = pearson(averageRanks(xs), averageRanks(ys));
  const t = rho * Math.sqrt((n - 2) / (1 - rho * rho));
  return { measurable: true, rho, n, p: tTwoSidedP(t, n - 2) };
};
