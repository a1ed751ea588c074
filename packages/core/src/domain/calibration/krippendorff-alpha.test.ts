/**
 * Known answers: Krippendorff, K. (2011), "Computing Krippendorff's Alpha-Reliability", Annenberg
 * School for Communication, University of Pennsylvania, https://repository.upenn.edu/asc_papers/43 —
 * the 4 observers × 12 units example with missing values (α nominal .743, ordinal .815, interval
 * .849) and the binary 2 observers × 10 units example (α .095). Beyond them, random data against a
 * naive pairwise computation written here from the definitions, without the coincidence matrix.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from './krippendorff-alpha.ts';
import { FOUR_OBSERVERS_TWELVE_UNITS, TWO_OBSERVERS_BINARY } from './krippendorff-test-data.ts';
import type { MeasurementLevel, Rating } from './rating.ts';

const round3 = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);

/**
 * Alpha the long way: every ordered pair of values within a unit (different raters) weighted
 * 1 / (m_u − 1) for observed disagreement, every ordered pair of pairable values anywhere for the
 * expected; the ordinal distance counts pairable values between the two directly.
 */
const naiveAlpha = (ratings: Rating[], level: MeasurementLevel): number | null => {
  const units = new Map<string, number[]>();
  for (const r of ratings) units.set(r.unit, [...(units.get(r.unit) ?? []), r.value as number]);
  const pairable = [...units.values()].filter((vs) => vs.length >= 2);
  const all = pairable.flat();
  const n = all.length;
  const count = (pred: (x: number) => boolean) => all.filter(pred).length;
  const d2 = (a: number, b: number): number => {
    if (level === 'nominal') return a === b ? 0 : 1;
    if (level === 'interval') return (a - b) ** 2;
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    return (count((x) => x >= lo && x <= hi) - (count((x) => x === a) + count((x) => x === b)) / 2) ** 2;
  };
  let observed = 0;
  for (const vs of pairable)
    for (let i = 0; i < vs.length; i++)
      for (let j = 0; j < vs.length; j++) if (i !== j) observed += d2(vs[i]!, vs[j]!) / (vs.length - 1);
  let expected = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) expected += d2(all[i]!, all[j]!);
  if (n === 0 || expected === 0) return null;
  return 1 - ((n - 1) * observed) / expected;
};

describe('krippendorffAlpha: Krippendorff (2011)', () => {
  it('4 observers × 12 units, missing values: nominal .743, ordinal .815, interval .849', () => {
    const at = (level: MeasurementLevel) => krippendorffAlpha(FOUR_OBSERVERS_TWELVE_UNITS, level);
    expect(round3(at('nominal').alpha)).toBe(0.743);
    expect(round3(at('ordinal').alpha)).toBe(0.815);
    expect(round3(at('interval').alpha)).toBe(0.849);
    // Unit 12 has one value (observer B's 3): it drops out, leaving 11 units and 40 pairable values.
    expect(at('nominal')).toMatchObject({ units: 11, pairableValues: 40, undefinedReason: null });
  });

  it('nominal: Do and De by hand from the coincidence matrix (8 of 40 values off-diagonal)', () => {
    // o(c, c) sums to 32 of n = 40; marginals n_1..n_5 = 9, 13, 10, 5, 3 (Σ n_c² = 384).
    const r = krippendorffAlpha(FOUR_OBSERVERS_TWELVE_UNITS, 'nominal');
    expect(r.observedDisagreement).toBeCloseTo(8 / 40, 12);
    expect(r.expectedDisagreement).toBeCloseTo((40 ** 2 - 384) / (40 * 39), 12);
  });

  it('binary, 2 observers × 10 units: α = 1 − (n − 1) o₀₁ / (n₀ n₁) = 1 − 19 · 4 / (14 · 6) = .095', () => {
    const r = krippendorffAlpha(TWO_OBSERVERS_BINARY, 'nominal');
    expect(round3(r.alpha)).toBe(0.095);
    expect(r.alpha).toBeCloseTo(1 - (19 * 4) / (14 * 6), 12);
    expect(r).toMatchObject({ units: 10, pairableValues: 20 });
  });
});

describe('krippendorffAlpha: edge cases', () => {
  it('no unit with two raters: alpha null with its reason, no disagreement figures, never NaN', () => {
    const r = krippendorffAlpha(
      [
        { unit: 'u1', rater: 'A', value: 1 },
        { unit: 'u2', rater: 'B', value: 2 },
      ],
      'interval',
    );
    expect(r).toEqual({
      level: 'interval',
      alpha: null,
      undefinedReason: 'no-pairable-values',
      units: 0,
      pairableValues: 0,
      observedDisagreement: null,
      expectedDisagreement: null,
    });
    expect(krippendorffAlpha([], 'nominal').undefinedReason).toBe('no-pairable-values');
  });

  it('one value everywhere: expected disagreement 0, alpha null (not NaN) with its reason', () => {
    const same = ['A', 'B', 'C'].flatMap((rater) => ['u1', 'u2'].map((unit) => ({ unit, rater, value: 3 })));
    for (const level of ['nominal', 'ordinal', 'interval'] as const)
      expect(krippendorffAlpha(same, level)).toMatchObject({
        alpha: null,
        undefinedReason: 'no-variation',
        observedDisagreement: 0,
        expectedDisagreement: 0,
        units: 2,
        pairableValues: 6,
      });
  });

  it('a lone value elsewhere does not count: variation only in unpairable units is no variation', () => {
    const r = krippendorffAlpha(
      [
        { unit: 'u1', rater: 'A', value: 2 },
        { unit: 'u1', rater: 'B', value: 2 },
        { unit: 'u2', rater: 'A', value: 5 },
      ],
      'interval',
    );
    expect(r.undefinedReason).toBe('no-variation');
  });

  it('perfect agreement with variation is 1; nominal codes may be text', () => {
    const codes = [
      { unit: 'x', rater: 'A', value: 'yes' },
      { unit: 'x', rater: 'B', value: 'yes' },
      { unit: 'y', rater: 'A', value: 'no' },
      { unit: 'y', rater: 'B', value: 'no' },
    ];
    expect(krippendorffAlpha(codes, 'nominal').alpha).toBe(1);
  });
});

/** Random reliability data: up to 5 raters × 8 units on a 1–5 scale, some ratings missing. */
const reliabilityData = fc
  .array(
    fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 3 }), {
      minLength: 8,
      maxLength: 8,
    }),
    {
      minLength: 2,
      maxLength: 5,
    },
  )
  .map((matrix) =>
    matrix.flatMap((values, i) =>
      values.flatMap((value, u) => (value === null ? [] : [{ unit: `u${u}`, rater: `r${i}`, value }])),
    ),
  );

describe('krippendorffAlpha: random data', () => {
  it('agrees with the naive pairwise computation at every level', () => {
    fc.assert(
      fc.property(
        reliabilityData,
        fc.constantFrom<MeasurementLevel>('nominal', 'ordinal', 'interval'),
        (rs, level) => {
          const fast = krippendorffAlpha(rs, level).alpha;
          const slow = naiveAlpha(rs, level);
          if (slow === null) expect(fast).toBeNull();
          else expect(fast).toBeCloseTo(slow, 9);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('interval alpha is unchanged by a linear rescaling; ordinal by any increasing recoding', () => {
    fc.assert(
      fc.property(reliabilityData, (rs) => {
        const map = (f: (v: number) => number) => rs.map((r) => ({ ...r, value: f(r.value as number) }));
        const interval = krippendorffAlpha(rs, 'interval').alpha;
        const ordinal = krippendorffAlpha(rs, 'ordinal').alpha;
        const rescaled = krippendorffAlpha(
          map((v) => 10 - 2.5 * v),
          'interval',
        ).alpha;
        const recoded = krippendorffAlpha(
          map((v) => v ** 3 + 100),
          'ordinal',
        ).alpha;
        if (interval === null) expect(rescaled).toBeNull();
        else expect(rescaled).toBeCloseTo(interval, 9);
        if (ordinal === null) expect(recoded).toBeNull();
        else expect(recoded).toBeCloseTo(ordinal, 9);
      }),
      { numRuns: 200 },
    );
  });
});
