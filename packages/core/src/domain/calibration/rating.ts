/**
 * One assessor's rating of one unit (an artifact, a piece of evidence) in a calibration exercise.
 * Long format: a missing rating is an absent row, never a blank value.
 */
export const MEASUREMENT_LEVELS = ['nominal', 'ordinal', 'interval'] as const;

/**
 * How values compare. Nominal: equal or not (codes, text or numbers); ordinal: ordered, distances
 * from the ranks the data give them; interval: numeric distances.
 */
export type MeasurementLevel = (typeof MEASUREMENT_LEVELS)[number];

/** A rating's value: a number, or (nominal data only) any code compared by equality. */
export type RatingValue = number | string;

export interface Rating {
  unit: string;
  rater: string;
  value: RatingValue;
}
