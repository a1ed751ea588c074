import { describe, expect, it } from 'vitest';
import { alphaText, driftText, flagText } from './agreement.ts';

describe('agreement in words', () => {
  it('writes alpha with its interval, a true minus sign below zero', () => {
    const interval = { confidence: 0.95, lower: -0.257, upper: 0.751 };
    expect(alphaText({ alpha: 0.6512, undefinedReason: null, interval })).toBe(
      'α = 0.65 (95% interval −0.26 to 0.75)',
    );
    expect(alphaText({ alpha: 0.8, undefinedReason: null, interval: null })).toBe('α = 0.80');
    expect(alphaText({ alpha: null, undefinedReason: 'no-variation', interval: null })).toBe(
      'α undefined (no variation)',
    );
  });

  it('signs a drift and names the flags', () => {
    expect([driftText(0.375), driftText(-1), driftText(-0.001), driftText(null)]).toEqual([
      '+0.38',
      '−1.00',
      '0.00',
      'n/a',
    ]);
    expect(flagText({ kind: 'rubric-needs-work', alpha: 0.5, minimumAlpha: 0.667 })).toBe(
      'The rubric needs work: α 0.50 is below 0.667.',
    );
    expect(
      flagText({ kind: 'recalibrate-rater', rater: 'u1', drift: -0.75, maximumDrift: 0.5 }, () => 'Cy'),
    ).toBe('Recalibrate Cy: a drift of −0.75 levels is beyond ±0.5.');
  });
});
