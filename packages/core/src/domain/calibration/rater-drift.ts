import { valuesByUnit } from './agreement-data.ts';
import type { MeasurementLevel, Rating } from './rating.ts';

export interface RaterDrift {
  rater: string;
  /** Units this rater rated. */
  rated: number;
  /** Units the drift rests on: those the rater rated that others rated too. */
  units: number;
  /**
   * Mean over those units of (the rater's value − the mean of the other raters' values there):
   * positive = rates higher than colleagues. Null with no such unit, or for nominal data (codes
   * have no order, so no sign and no distance).
   */
  drift: number | null;
}

/** Each rater's drift from the others' consensus, raters in name order (code-unit order). */
export const raterDrift = (ratings: readonly Rating[], level: MeasurementLevel): RaterDrift[] => {
  const tally = new Map<string, { rated: number; units: number; deviation: number }>();
  for (const rs of valuesByUnit(ratings).values()) {
    const numeric = level !== 'nominal';
    const total = numeric ? rs.reduce((s, r) => s + (r.value as number), 0) : 0;
    for (const r of rs) {
      const t = tally.get(r.rater) ?? { rated: 0, units: 0, deviation: 0 };
      tally.set(r.rater, t);
      t.rated += 1;
      if (rs.length < 2) continue;
      t.units += 1;
      if (numeric) {
        const value = r.value as number;
        t.deviation += value - (total - value) / (rs.length - 1);
      }
    }
  }
  return [...tally.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([rater, t]) => ({
      rater,
      rated: t.rated,
      units: t.units,
      drift: level === 'nominal' || t.units === 0 ? null : t.deviation / t.units,
    }));
};
