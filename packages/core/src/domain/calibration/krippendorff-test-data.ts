/**
 * Reliability data published in Krippendorff, K. (2011), "Computing Krippendorff's Alpha-Reliability",
 * Annenberg School for Communication, University of Pennsylvania, https://repository.upenn.edu/asc_papers/43
 * — as rating rows, for the tests (and the CLI's fixture says the same in CSV).
 */
import type { Rating } from './rating.ts';

const rows = (matrix: Record<string, readonly (number | null)[]>): Rating[] =>
  Object.entries(matrix).flatMap(([rater, values]) =>
    values.flatMap((value, u) => (value === null ? [] : [{ unit: String(u + 1), rater, value }])),
  );

/** Nominal data, any number of observers, missing data: 4 observers × 12 units with missing values (null); α nominal .743, ordinal .815, interval .849. */
export const FOUR_OBSERVERS_TWELVE_UNITS: Rating[] = rows({
  A: [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  B: [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  C: [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  D: [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
});

/** Binary data, 2 observers (Ben, Gerry) × 10 units, none missing; α nominal .095. */
export const TWO_OBSERVERS_BINARY: Rating[] = rows({
  Ben: [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
  Gerry: [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
});
