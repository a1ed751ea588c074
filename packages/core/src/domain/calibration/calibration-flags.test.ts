import { describe, expect, it } from 'vitest';
import { CALIBRATION_LIMITS, calibrationFlags } from './calibration-flags.ts';

const drift = (rater: string, d: number | null) => ({ rater, rated: 3, units: 3, drift: d });

describe('calibrationFlags', () => {
  it('alpha below 0.667 → rubric-needs-work; 0.667 itself and an undefined alpha do not flag', () => {
    expect(calibrationFlags(0.66, [])).toEqual([
      { kind: 'rubric-needs-work', alpha: 0.66, minimumAlpha: 0.667 },
    ]);
    expect(calibrationFlags(0.667, [])).toEqual([]);
    expect(calibrationFlags(null, [])).toEqual([]);
  });

  it('|drift| beyond half a level → recalibrate-rater, either sign; exactly 0.5 or no drift does not', () => {
    expect(
      calibrationFlags(0.9, [drift('A', 0.51), drift('B', -0.75), drift('C', 0.5), drift('D', null)]),
    ).toEqual([
      { kind: 'recalibrate-rater', rater: 'A', drift: 0.51, maximumDrift: 0.5 },
      { kind: 'recalibrate-rater', rater: 'B', drift: -0.75, maximumDrift: 0.5 },
    ]);
  });

  it('takes other limits', () => {
    expect(calibrationFlags(0.75, [drift('A', 0.3)], { minimumAlpha: 0.8, maximumDrift: 0.25 })).toHaveLength(
      2,
    );
    expect(CALIBRATION_LIMITS).toEqual({ minimumAlpha: 0.667, maximumDrift: 0.5 });
  });
});
