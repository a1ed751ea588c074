import { valuesByUnit } from './agreement-data.ts';
import type { MeasurementLevel, Rating, RatingValue } from './rating.ts';

/** How far apart the raters of one unit landed (units with at least two ratings). */
export interface UnitDisagreement {
  unit: string;
  /** Each rater's value, raters in name order. */
  ratings: { rater: string; value: RatingValue }[];
  /** Share of the unit's pairs of raters whose values differ (0: all agree, 1: no two agree). */
  pairsApart: number;
  /** max − min; null for nominal data (codes have no distance). */
  range: number | null;
  /** Mean squared deviation from the unit's mean (population variance); null for nominal data. */
  variance: number | null;
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every unit rated at least twice, the most disagreement first: by range, then variance (ordinal
 * and interval), or by the share of pairs apart (nominal); ties by the share of pairs apart, then
 * unit name — so the list is the same on every read.
 */
export const unitDisagreement = (ratings: readonly Rating[], level: MeasurementLevel): UnitDisagreement[] => {
  const numeric = level !== 'nominal';
  const units: UnitDisagreement[] = [];
  for (const [unit, rs] of valuesByUnit(ratings)) {
    if (rs.length < 2) continue;
    let apart = 0;
    for (let i = 0; i < rs.length; i++)
      for (let j = i + 1; j < rs.length; j++) if (rs[i]!.value !== rs[j]!.value) apart += 1;
    const values = rs.map((r) => r.value as number);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    units.push({
      unit,
      ratings: rs.map((r) => ({ rater: r.rater, value: r.value })).sort((a, b) => byName(a.rater, b.rater)),
      pairsApart: apart / ((rs.length * (rs.length - 1)) / 2),
      range: numeric ? Math.max(...values) - Math.min(...values) : null,
      variance: numeric ? values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length : null,
    });
  }
  return units.sort(
    (a, b) =>
      (b.range ?? 0) - (a.range ?? 0) ||
      (b.variance ?? 0) - (a.variance ?? 0) ||
      b.pairsApart - a.pairsApart ||
      byName(a.unit, b.unit),
  );
};
