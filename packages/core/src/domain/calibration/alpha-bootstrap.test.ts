/**
 * The bootstrap: reproducible from its seed, and each resample's alpha is exactly the alpha of the
 * drawn units as fresh data (a unit drawn twice entered twice under new names), checked here by
 * replaying the same draws through `krippendorffAlpha`.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/seeded.ts';
import { agreementData } from './agreement-data.ts';
import { bootstrapAlpha } from './alpha-bootstrap.ts';
import { krippendorffAlpha } from './krippendorff-alpha.ts';
import { FOUR_OBSERVERS_TWELVE_UNITS } from './krippendorff-test-data.ts';
import { quantileOfSorted } from './percentile.ts';

const data = agreementData(FOUR_OBSERVERS_TWELVE_UNITS, 'ordinal');
const options = (seed: number, draws = 500) => ({
  draws,
  confidence: 0.95,
  random: mulberry32(seed),
  minimumAlpha: 0.667,
});

describe('bootstrapAlpha', () => {
  it('the same seed gives the same interval; another seed another', () => {
    const a = bootstrapAlpha(data, options(11));
    expect(bootstrapAlpha(data, options(11))).toEqual(a);
    expect(bootstrapAlpha(data, options(12))).not.toEqual(a);
  });

  it('equals the percentile interval of replayed resamples (units drawn with replacement)', () => {
    const draws = 200;
    const random = mulberry32(5);
    const pairable = data.units.map((u) => u.unit);
    const alphas: number[] = [];
    let undefinedDraws = 0;
    for (let d = 0; d < draws; d++) {
      const drawn = pairable.map(() => pairable[Math.floor(random() * pairable.length)]!);
      const ratings = drawn.flatMap((unit, i) =>
        FOUR_OBSERVERS_TWELVE_UNITS.filter((r) => r.unit === unit).map((r) => ({ ...r, unit: `draw${i}` })),
      );
      const { alpha } = krippendorffAlpha(ratings, 'ordinal');
      if (alpha === null) undefinedDraws++;
      else alphas.push(alpha);
    }
    alphas.sort((x, y) => x - y);
    const got = bootstrapAlpha(data, options(5, draws));
    expect(got.undefinedDraws).toBe(undefinedDraws);
    expect(got.lower).toBeCloseTo(quantileOfSorted(alphas, 0.025)!, 12);
    expect(got.upper).toBeCloseTo(quantileOfSorted(alphas, 0.975)!, 12);
    expect(got.shareBelowMinimum).toBe(alphas.filter((a) => a < 0.667).length / alphas.length);
  });

  it('brackets the estimate on the Krippendorff (2011) data (ordinal α = .815)', () => {
    const { lower, upper } = bootstrapAlpha(data, options(1, 1000));
    const alpha = krippendorffAlpha(FOUR_OBSERVERS_TWELVE_UNITS, 'ordinal').alpha!;
    expect(lower!).toBeLessThan(alpha);
    expect(upper!).toBeGreaterThan(alpha);
    expect(upper!).toBeLessThanOrEqual(1);
  });

  it('no pairable unit: no bounds, every draw undefined', () => {
    const none = agreementData([{ unit: 'u', rater: 'A', value: 1 }], 'interval');
    expect(bootstrapAlpha(none, options(1, 10))).toMatchObject({
      lower: null,
      upper: null,
      undefinedDraws: 10,
      shareBelowMinimum: null,
    });
  });
});
