import type { MeasurementLevel, Rating } from './rating.ts';

/** What is wrong with one rating, by its index in the list (the door turns it into a line number). */
export interface RatingProblem {
  index: number;
  field: 'unit' | 'rater' | 'value';
  reason: string;
  /** For a second rating of the same unit by the same rater: the index of the first. */
  firstIndex?: number;
}

/**
 * The rules every computation here assumes: a unit and a rater name each rating, a rater rates a
 * unit at most once (alpha pairs values of different raters), and ordinal or interval values are
 * finite numbers. Pure: the doors call it and answer with their own error.
 */
export const ratingProblems = (ratings: readonly Rating[], level: MeasurementLevel): RatingProblem[] => {
  const problems: RatingProblem[] = [];
  const seen = new Map<string, number>();
  ratings.forEach((r, index) => {
    if (r.unit.trim() === '') problems.push({ index, field: 'unit', reason: 'the unit is empty' });
    if (r.rater.trim() === '') problems.push({ index, field: 'rater', reason: 'the rater is empty' });
    if (typeof r.value === 'number' ? !Number.isFinite(r.value) : level !== 'nominal' || r.value === '')
      problems.push({
        index,
        field: 'value',
        reason:
          level === 'nominal'
            ? 'the value is empty (leave the row out for a missing rating)'
            : `the value ${JSON.stringify(String(r.value))} is not a number (${level} data are numbers)`,
      });
    // A unit or rater name may hold any character: JSON keeps the pair unambiguous.
    const key = JSON.stringify([r.unit, r.rater]);
    const firstIndex = seen.get(key);
    if (firstIndex === undefined) seen.set(key, index);
    else
      problems.push({
        index,
        field: 'rater',
        reason: `rater ${r.rater} rated unit ${r.unit} twice`,
        firstIndex,
      });
  });
  return problems;
};
