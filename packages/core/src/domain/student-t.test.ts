import { describe, expect, it } from 'vitest';
import { lnGamma, regularizedBeta, tCdf, tTwoSidedP } from './student-t.ts';

describe('ln Γ', () => {
  it('matches factorials and Γ(1/2) = √π', () => {
    expect(lnGamma(1)).toBeCloseTo(0, 13);
    expect(lnGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(lnGamma(10)).toBeCloseTo(Math.log(362880), 12);
    expect(lnGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
    expect(lnGamma(0.25)).toBeCloseTo(Math.log(3.625609908221908), 12); // Γ(1/4) = 3.6256099082…, through the reflection
  });
});

describe('the regularized incomplete beta function', () => {
  // Closed forms: I_x(a, 1) = x^a, I_x(1, b) = 1 − (1 − x)^b, I_½(a, a) = ½ (symmetry).
  it.each([0.05, 0.3, 0.5, 0.77, 0.99])('has its closed forms at x = %s', (x) => {
    expect(regularizedBeta(x, 3.5, 1)).toBeCloseTo(x ** 3.5, 13);
    expect(regularizedBeta(x, 1, 4.5)).toBeCloseTo(1 - (1 - x) ** 4.5, 13);
    expect(regularizedBeta(0.5, x * 10, x * 10)).toBeCloseTo(0.5, 13);
  });

  it('is 0 and 1 at the ends', () => {
    expect(regularizedBeta(0, 2, 3)).toBe(0);
    expect(regularizedBeta(1, 2, 3)).toBe(1);
  });
});

describe("Student's t", () => {
  // Independent closed forms of the CDF: df = 1 is Cauchy, F = ½ + atan(t)/π; df = 2:
  // F = ½ + t / (2√(2 + t²)); df = 3: F = ½ + (1/π)[(t/√3)/(1 + t²/3) + atan(t/√3)].
  it.each([
    -40, -3.1, -1, -0.2, 0, 0.5, 1.7, 9,
  ])('matches the closed forms for df 1, 2 and 3 at t = %s', (t) => {
    expect(tCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 12);
    expect(tCdf(t, 2)).toBeCloseTo(0.5 + t / (2 * Math.sqrt(2 + t * t)), 12);
    const u = t / Math.sqrt(3);
    expect(tCdf(t, 3)).toBeCloseTo(0.5 + (u / (1 + u * u) + Math.atan(u)) / Math.PI, 12);
  });

  // Critical values of the t table (three decimals), e.g. NIST/SEMATECH e-Handbook of Statistical
  // Methods, §1.3.6.7.2 "Critical Values of the Student's t Distribution"
  // (https://www.itl.nist.gov/div898/handbook/eda/section3/eda3672.htm): the two-sided p of the
  // tabled t is the table's 2 × upper-tail probability. The table rounds t to three decimals, so the
  // nominal p must lie between the p-values of t ± 0.0005.
  it.each([
    [2.228, 10, 0.05],
    [3.169, 10, 0.01],
    [1.812, 10, 0.1],
    [12.706, 1, 0.05],
    [63.657, 1, 0.01],
    [2.306, 8, 0.05],
    [3.182, 3, 0.05],
    [2.042, 30, 0.05],
    [2.75, 30, 0.01],
  ])('t = %s on %s degrees of freedom has two-sided p ≈ %s', (t, df, p) => {
    expect(tTwoSidedP(t - 0.0005, df)).toBeGreaterThan(p);
    expect(tTwoSidedP(t + 0.0005, df)).toBeLessThan(p);
    expect(tTwoSidedP(-t, df)).toBe(tTwoSidedP(t, df));
  });

  it('is 1 at t = 0 and 0 at an infinite t', () => {
    expect(tTwoSidedP(0, 7)).toBe(1);
    expect(tTwoSidedP(Number.POSITIVE_INFINITY, 7)).toBe(0);
    expect(tCdf(Number.NEGATIVE_INFINITY, 7)).toBe(0);
  });
});
