import type { RaterDrift } from './rater-drift.ts';

/**
 * The limits the flags use. 0.667 is Krippendorff's lowest alpha from which tentative conclusions
 * may be drawn (Krippendorff, Content Analysis, 2nd ed., 2004); a drift beyond half a rubric level means the rater
 * tends to land on a different level than the rest.
 */
export interface CalibrationLimits {
  minimumAlpha: number;
  maximumDrift: number;
}

export const CALIBRATION_LIMITS: CalibrationLimits = { minimumAlpha: 0.667, maximumDrift: 0.5 };

export type CalibrationFlag =
  | { kind: 'rubric-needs-work'; alpha: number; minimumAlpha: number }
  | { kind: 'recalibrate-rater'; rater: string; drift: number; maximumDrift: number };

/** The flags, as data: alpha below the minimum; each rater whose |drift| exceeds the maximum. */
export const calibrationFlags = (
  alpha: number | null,
  drifts: readonly RaterDrift[],
  limits: CalibrationLimits = CALIBRATION_LIMITS,
): CalibrationFlag[] => [
  ...(alpha !== null && alpha < limits.minimumAlpha
    ? [{ kind: 'rubric-needs-work' as const, alpha, minimumAlpha: limits.minimumAlpha }]
    : []),
  ...drifts.flatMap((d) =>
    d.drift !== null && Math.abs(d.drift) > limits.maximumDrift
      ? [
          {
            kind: 'recalibrate-rater' as const,
            rater: d.rater,
            drift: d.drift,
            maximumDrift: limits.maximumDrift,
          },
        ]
      : [],
  ),
];
