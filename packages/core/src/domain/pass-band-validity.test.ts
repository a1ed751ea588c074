import { describe, expect, it } from 'vitest';
import { passBandValidity, type ScoredOutcome } from './pass-band-validity.ts';

const row = (partnerId: string, composite: number, outcome: number | null): ScoredOutcome => ({
  partnerId,
  composite,
  outcome,
});

describe('pass band validity', () => {
  it('is ρ between composite and the later outcome over the partners that have one', () => {
    // Composites 20, 40, 60, 80 against win rates .1, .3, .2, .5 (P-5 has no outcome yet, left out):
    // ranks 1 2 3 4 vs 1 3 2 4, Σd² = 2, ρ = 1 − 6·2/(4·15) = 0.8; t = 0.8·√(2/0.36) = 1.8856 on
    // 2 df, whose closed form gives two-sided p = 1 − t/√(2 + t²) = 0.2.
    const v = passBandValidity('win_rate', [
      row('P-1', 20, 0.1),
      row('P-2', 40, 0.3),
      row('P-3', 60, 0.2),
      row('P-4', 80, 0.5),
      row('P-5', 95, null),
    ]);
    expect(v).toMatchObject({ outcome: 'win_rate', measurable: true, n: 4 });
    if (!v.measurable) throw new Error('expected a value');
    expect(v.rho).toBeCloseTo(0.8, 12);
    expect(v.p).toBeCloseTo(0.2, 12);
  });

  it('says why when it cannot be measured, never a number', () => {
    expect(passBandValidity('csat', [row('P-1', 50, 8), row('P-2', 70, null), row('P-3', 60, 9)])).toEqual({
      outcome: 'csat',
      measurable: false,
      n: 2,
      reason: 'too-few-partners',
      message: '2 partner(s) have a composite and a later CSAT; at least 3 are needed',
    });
    expect(passBandValidity('csat', [row('P-1', 50, 8), row('P-2', 50, 7), row('P-3', 50, 9)])).toMatchObject(
      { measurable: false, reason: 'composites-all-equal', n: 3 },
    );
    expect(
      passBandValidity('win_rate', [row('P-1', 10, 0.2), row('P-2', 50, 0.2), row('P-3', 90, 0.2)]),
    ).toMatchObject({
      measurable: false,
      reason: 'outcomes-all-equal',
      message: 'all 3 partners have the same win rate, so there is no order to compare with the composite',
    });
  });
});
