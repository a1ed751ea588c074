/** Drift by hand: each rater's value minus the mean of the others' values on the same unit, averaged. */
import { describe, expect, it } from 'vitest';
import { FOUR_OBSERVERS_TWELVE_UNITS } from './krippendorff-test-data.ts';
import { raterDrift } from './rater-drift.ts';

const ratings = [
  { unit: 'u1', rater: 'A', value: 1 },
  { unit: 'u1', rater: 'B', value: 2 },
  { unit: 'u1', rater: 'C', value: 3 },
  { unit: 'u2', rater: 'A', value: 2 },
  { unit: 'u2', rater: 'B', value: 2 },
  { unit: 'u3', rater: 'C', value: 4 },
];

describe('raterDrift', () => {
  it('u1: A 1 − 2.5, B 2 − 2, C 3 − 1.5; u2: A and B 0; u3 has C alone and does not count', () => {
    expect(raterDrift(ratings, 'ordinal')).toEqual([
      { rater: 'A', rated: 2, units: 2, drift: (-1.5 + 0) / 2 },
      { rater: 'B', rated: 2, units: 2, drift: 0 },
      { rater: 'C', rated: 2, units: 1, drift: 1.5 },
    ]);
  });

  it('a rater with no unit shared with others has no drift (null), and nominal codes have none', () => {
    expect(raterDrift([{ unit: 'u', rater: 'Z', value: 3 }], 'interval')).toEqual([
      { rater: 'Z', rated: 1, units: 0, drift: null },
    ]);
    expect(raterDrift(ratings, 'nominal').map((d) => d.drift)).toEqual([null, null, null]);
  });

  it('Krippendorff (2011) data: observer C by hand, units 2, 3, 4, 5, 6, 7, 8, 9, 10, 11', () => {
    // C's value − the mean of the others': u2 3−2, u3–u5 and u7 0, u6 3−(1+2+4)/3, u8 2−1, u9 0, u10 0, u11 1−1.
    const c = raterDrift(FOUR_OBSERVERS_TWELVE_UNITS, 'interval').find((d) => d.rater === 'C')!;
    expect(c.units).toBe(10);
    expect(c.drift).toBeCloseTo((1 + (3 - 7 / 3) + 1) / 10, 12);
  });

  it('the deviations of all raters on a unit sum to zero when every unit has the same raters', () => {
    const total = raterDrift(ratings.slice(0, 3), 'interval').reduce((s, d) => s + d.drift!, 0);
    expect(total).toBeCloseTo(0, 12);
  });
});
