/**
 * The units with most disagreement: values worked out by hand in each comment (range = max − min,
 * population variance = mean of squared deviations from the unit mean, pairs apart = differing
 * pairs / all pairs).
 */
import { describe, expect, it } from 'vitest';
import type { Rating } from './rating.ts';
import { unitDisagreement } from './unit-disagreement.ts';

const r = (unit: string, rater: string, value: number | string): Rating => ({ unit, rater, value });

describe('unitDisagreement', () => {
  it('orders ordinal units by range, then variance, then name; leaves out single ratings', () => {
    const out = unitDisagreement(
      [
        // u1: 1, 3, 3 → range 2, mean 7/3, variance (16/9 + 4/9 + 4/9) / 3 = 8/9, pairs apart 2/3
        r('u1', 'b', 3),
        r('u1', 'a', 1),
        r('u1', 'c', 3),
        // u2: 1, 2, 3 → range 2, mean 2, variance 2/3, pairs apart 3/3
        r('u2', 'a', 1),
        r('u2', 'b', 2),
        r('u2', 'c', 3),
        // u3: 2, 2 → range 0, variance 0, pairs apart 0
        r('u3', 'a', 2),
        r('u3', 'b', 2),
        // u0: 2, 2 → the same as u3: name order breaks the tie
        r('u0', 'a', 2),
        r('u0', 'c', 2),
        // u4: one rating only
        r('u4', 'a', 4),
      ],
      'ordinal',
    );
    expect(out.map((u) => u.unit)).toEqual(['u1', 'u2', 'u0', 'u3']);
    expect(out[0]).toEqual({
      unit: 'u1',
      ratings: [
        { rater: 'a', value: 1 },
        { rater: 'b', value: 3 },
        { rater: 'c', value: 3 },
      ],
      pairsApart: 2 / 3,
      range: 2,
      variance: expect.closeTo(8 / 9, 12),
    });
    expect(out[1]).toMatchObject({ range: 2, variance: expect.closeTo(2 / 3, 12), pairsApart: 1 });
    expect(out[3]).toMatchObject({ range: 0, variance: 0, pairsApart: 0 });
  });

  it('orders nominal units by the share of pairs apart, without distances', () => {
    const out = unitDisagreement(
      [r('x', 'a', 'red'), r('x', 'b', 'red'), r('y', 'a', 'red'), r('y', 'b', 'blue')],
      'nominal',
    );
    expect(out).toEqual([
      {
        unit: 'y',
        ratings: [expect.anything(), expect.anything()],
        pairsApart: 1,
        range: null,
        variance: null,
      },
      {
        unit: 'x',
        ratings: [expect.anything(), expect.anything()],
        pairsApart: 0,
        range: null,
        variance: null,
      },
    ]);
  });
});
