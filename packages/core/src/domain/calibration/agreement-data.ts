import type { MeasurementLevel, Rating, RatingValue } from './rating.ts';

/** A unit with at least two values: how many it holds, and how many of each (by value index). */
export interface PairableUnit {
  unit: string;
  size: number;
  counts: readonly (readonly [valueIndex: number, count: number])[];
}

/**
 * Ratings coded once for alpha: the distinct values of the pairable units in order, and each
 * pairable unit's value counts. The bootstrap recomputes alpha over resamples of `units` from this.
 */
export interface AgreementData {
  level: MeasurementLevel;
  /** Numbers ascending, then text codes in code-unit order (only nominal data may hold text). */
  values: readonly RatingValue[];
  units: readonly PairableUnit[];
  /** Units rated, but by fewer than two raters: they have no pair and drop out. */
  droppedUnits: number;
}

const compareValues = (a: RatingValue, b: RatingValue): number => {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
};

/** The ratings' values per unit, units in the order first seen. */
export const valuesByUnit = (ratings: readonly Rating[]): Map<string, Rating[]> => {
  const byUnit = new Map<string, Rating[]>();
  for (const r of ratings) {
    const list = byUnit.get(r.unit);
    if (list) list.push(r);
    else byUnit.set(r.unit, [r]);
  }
  return byUnit;
};

/** Codes ratings (one per unit and rater: see `ratingProblems`) for alpha. */
export const agreementData = (ratings: readonly Rating[], level: MeasurementLevel): AgreementData => {
  const groups = [...valuesByUnit(ratings).entries()];
  const pairable = groups.filter(([, rs]) => rs.length >= 2);
  const values = [...new Set(pairable.flatMap(([, rs]) => rs.map((r) => r.value)))].sort(compareValues);
  const indexOf = new Map(values.map((v, i) => [v, i]));
  const units = pairable.map(([unit, rs]): PairableUnit => {
    const counts = new Map<number, number>();
    for (const r of rs) {
      const i = indexOf.get(r.value)!;
      counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    return { unit, size: rs.length, counts: [...counts.entries()] };
  });
  return { level, values, units, droppedUnits: groups.length - pairable.length };
};
