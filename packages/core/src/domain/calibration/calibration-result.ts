import { mulberry32 } from '../random/seeded.ts';
import { agreementData } from './agreement-data.ts';
import { type AlphaInterval, bootstrapAlpha } from './alpha-bootstrap.ts';
import {
  CALIBRATION_LIMITS,
  type CalibrationFlag,
  type CalibrationLimits,
  calibrationFlags,
} from './calibration-flags.ts';
import { type AlphaResult, alphaOfUnits } from './krippendorff-alpha.ts';
import { type RaterDrift, raterDrift } from './rater-drift.ts';
import type { MeasurementLevel, Rating } from './rating.ts';
import { ratingProblems } from './rating-problems.ts';

export interface CalibrationOptions {
  level: MeasurementLevel;
  /** The bootstrap interval, reproducible from its seed; leave out for none. */
  bootstrap?: { draws: number; confidence: number; seed: number };
  limits?: CalibrationLimits;
}

export interface CalibrationResult extends AlphaResult {
  /** Units rated by fewer than two raters (left out of alpha and drift). */
  droppedUnits: number;
  interval: (AlphaInterval & { seed: number }) | null;
  raters: RaterDrift[];
  flags: CalibrationFlag[];
}

/**
 * One set of ratings (a session, a competency, an offline exercise) → alpha, its interval, each
 * rater's drift and the flags. The ratings must have no `ratingProblems`: the door checks and
 * answers with its own words; a call that skips the check is a programming error.
 */
export const calibrationResult = (
  ratings: readonly Rating[],
  options: CalibrationOptions,
): CalibrationResult => {
  const problems = ratingProblems(ratings, options.level);
  if (problems.length)
    throw new RangeError(`calibrationResult: rating ${problems[0]!.index}: ${problems[0]!.reason}`);
  const limits = options.limits ?? CALIBRATION_LIMITS;
  const data = agreementData(ratings, options.level);
  const alpha = alphaOfUnits(data);
  const raters = raterDrift(ratings, options.level);
  const b = options.bootstrap;
  return {
    ...alpha,
    droppedUnits: data.droppedUnits,
    interval: b
      ? {
          ...bootstrapAlpha(data, {
            draws: b.draws,
            confidence: b.confidence,
            random: mulberry32(b.seed),
            minimumAlpha: limits.minimumAlpha,
          }),
          seed: b.seed,
        }
      : null,
    raters,
    flags: calibrationFlags(alpha.alpha, raters, limits),
  };
};
