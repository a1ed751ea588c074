import { describe, expect, it } from 'vitest';
import { calibrationResult } from './calibration-result.ts';
import { FOUR_OBSERVERS_TWELVE_UNITS, TWO_OBSERVERS_BINARY } from './krippendorff-test-data.ts';

describe('calibrationResult', () => {
  it('Krippendorff (2011) data, interval: α .849 with its interval, drift per rater, no flag', () => {
    const r = calibrationResult(FOUR_OBSERVERS_TWELVE_UNITS, {
      level: 'interval',
      bootstrap: { draws: 300, confidence: 0.9, seed: 3 },
    });
    expect(Math.round(r.alpha! * 1000) / 1000).toBe(0.849);
    expect(r).toMatchObject({ units: 11, droppedUnits: 1, pairableValues: 40, flags: [] });
    expect(r.interval).toMatchObject({ draws: 300, confidence: 0.9, seed: 3, minimumAlpha: 0.667 });
    expect(r.raters.map((d) => [d.rater, d.rated, d.units])).toEqual([
      ['A', 9, 9],
      ['B', 11, 10],
      ['C', 10, 10],
      ['D', 11, 11],
    ]);
  });

  it('binary example (α .095): the rubric needs work; without a bootstrap there is no interval', () => {
    const r = calibrationResult(TWO_OBSERVERS_BINARY, { level: 'nominal' });
    expect(r.interval).toBeNull();
    expect(r.flags).toEqual([{ kind: 'rubric-needs-work', alpha: r.alpha, minimumAlpha: 0.667 }]);
  });

  it('a drifting rater is flagged, with the limits given', () => {
    const ratings = ['u1', 'u2', 'u3'].flatMap((unit, i) => [
      { unit, rater: 'A', value: i + 1 },
      { unit, rater: 'B', value: i + 1 },
      { unit, rater: 'C', value: i + 2 },
    ]);
    const r = calibrationResult(ratings, {
      level: 'ordinal',
      limits: { minimumAlpha: 0.5, maximumDrift: 0.5 },
    });
    // C is one level above the mean of A and B on every unit.
    expect(r.raters.find((d) => d.rater === 'C')!.drift).toBe(1);
    expect(r.flags).toEqual([{ kind: 'recalibrate-rater', rater: 'C', drift: 1, maximumDrift: 0.5 }]);
  });

  it('refuses ratings with problems (the doors check them first)', () => {
    expect(() =>
      calibrationResult(
        [
          { unit: 'u', rater: 'A', value: 1 },
          { unit: 'u', rater: 'A', value: 2 },
        ],
        { level: 'interval' },
      ),
    ).toThrow(/rated unit u twice/);
  });
});
