/**
 * Requests and responses of calibration sessions (docs/governance.md, "Calibration sessions";
 * docs/api.md): assessors rate evaluations' evidence blind; results once the session is closed.
 */
import { z } from 'zod';
import { seedSchema } from './common.ts';

export const measurementLevelSchema = z
  .enum(['nominal', 'ordinal', 'interval'])
  .describe('how levels compare in alpha: ordinal for competency levels');

export const calibrationSessionCreateRequest = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    level: measurementLevelSchema.default('ordinal'),
    evaluations: z
      .array(z.string().min(1).max(200))
      .min(1)
      .max(500)
      .describe('evaluation external ids: one unit each'),
    raters: z
      .array(z.uuid())
      .min(2)
      .max(50)
      .describe('user ids of members who rate: assessors, program managers, admins or owners'),
    seed: seedSchema
      .optional()
      .describe(
        'the bootstrap’s seed (default: drawn at random); stored, so the results read the same every time',
      ),
  })
  .meta({ id: 'CalibrationSessionCreate' });

export const calibrationSessionSchema = z
  .object({
    number: z.number().int(),
    name: z.string(),
    level: measurementLevelSchema,
    status: z.enum(['open', 'closed']),
    seed: z.number().int(),
    createdBy: z.string(),
    createdAt: z.string(),
    closedBy: z.string().nullable(),
    closedAt: z.string().nullable(),
  })
  .meta({ id: 'CalibrationSession' });

export const calibrationSessionSummary = calibrationSessionSchema
  .extend({
    units: z.number().int(),
    raters: z.number().int(),
    ratings: z.number().int().describe('ratings given so far (counted, never shown before the close)'),
    myRated: z
      .number()
      .int()
      .nullable()
      .describe('units the caller has rated; null when the caller is not a rater of the session'),
  })
  .meta({ id: 'CalibrationSessionSummary' });

const raterSchema = z.object({
  userId: z.string(),
  email: z.string().nullable(),
  name: z.string().nullable(),
  rated: z.number().int().describe('units this rater has rated'),
});

export const calibrationSessionDetail = calibrationSessionSchema
  .extend({ units: z.number().int(), raters: z.array(raterSchema) })
  .meta({ id: 'CalibrationSessionDetail' });

export const calibrationUnitToRate = z
  .object({
    unit: z.string().describe('the evaluation’s external id'),
    competency: z.string(),
    competencyName: z.string().nullable(),
    rubricVersion: z.string(),
    partner: z.object({ id: z.string(), name: z.string() }),
    person: z.object({ id: z.string(), name: z.string(), role: z.string() }),
    evidence: z.array(
      z.object({ id: z.string(), artifactType: z.string(), uri: z.string(), sha256: z.string() }),
    ),
    levels: z.array(
      z.object({
        level: z.number().int(),
        name: z.string(),
        description: z.string(),
        descriptor: z.string().nullable(),
      }),
    ),
    myRating: z.object({ value: z.number().int(), ratedAt: z.string() }).nullable(),
  })
  .meta({ id: 'CalibrationUnitToRate' });

export const calibrationUnitsToRate = z.object({
  session: z.number().int(),
  status: z.enum(['open', 'closed']),
  units: z
    .array(calibrationUnitToRate)
    .describe('yours to rate: never the stored level, never others’ ratings'),
});

export const calibrationRatingRequest = z
  .strictObject({ value: z.number().int().describe('a level of the rubric the unit was scored on') })
  .meta({ id: 'CalibrationRatingRequest' });

export const calibrationRatingSchema = z
  .object({ unit: z.string(), rater: z.string(), value: z.number().int(), ratedAt: z.string() })
  .meta({ id: 'CalibrationRating' });

const calibrationFlagSchema = z.union([
  z.object({ kind: z.literal('rubric-needs-work'), alpha: z.number(), minimumAlpha: z.number() }),
  z.object({
    kind: z.literal('recalibrate-rater'),
    rater: z.string(),
    drift: z.number(),
    maximumDrift: z.number(),
  }),
]);

export const calibrationResultSchema = z
  .object({
    level: measurementLevelSchema,
    alpha: z.number().nullable().describe('Krippendorff’s alpha; null when undefined (see undefinedReason)'),
    undefinedReason: z.enum(['no-pairable-values', 'no-variation']).nullable(),
    units: z.number().int().describe('pairable units: rated by at least two raters'),
    pairableValues: z.number().int(),
    observedDisagreement: z.number().nullable(),
    expectedDisagreement: z.number().nullable(),
    droppedUnits: z.number().int(),
    interval: z
      .object({
        draws: z.number().int(),
        confidence: z.number(),
        lower: z.number().nullable(),
        upper: z.number().nullable(),
        undefinedDraws: z.number().int(),
        minimumAlpha: z.number(),
        shareBelowMinimum: z.number().nullable(),
        seed: z.number().int(),
      })
      .nullable(),
    raters: z.array(
      z.object({
        rater: z.string(),
        rated: z.number().int(),
        units: z.number().int(),
        drift: z.number().nullable(),
      }),
    ),
    flags: z.array(calibrationFlagSchema),
  })
  .meta({ id: 'CalibrationResult' });

export const calibrationSessionResults = z
  .object({
    session: calibrationSessionSchema,
    raters: z.array(raterSchema).describe('who the rater ids in the results are'),
    overall: calibrationResultSchema,
    competencies: z.array(
      calibrationResultSchema.extend({ competency: z.string(), unitsRated: z.number().int() }),
    ),
    disagreement: z
      .array(
        z.object({
          unit: z.string(),
          competency: z.string(),
          ratings: z.array(z.object({ rater: z.string(), value: z.union([z.number(), z.string()]) })),
          pairsApart: z.number(),
          range: z.number().nullable(),
          variance: z.number().nullable(),
        }),
      )
      .describe('units rated at least twice, the most disagreement first'),
  })
  .meta({ id: 'CalibrationSessionResults' });

export type CalibrationSessionCreate = z.input<typeof calibrationSessionCreateRequest>;
export type CalibrationSession = z.infer<typeof calibrationSessionSchema>;
export type CalibrationSessionSummary = z.infer<typeof calibrationSessionSummary>;
export type CalibrationSessionDetail = z.infer<typeof calibrationSessionDetail>;
export type CalibrationUnitToRate = z.infer<typeof calibrationUnitToRate>;
export type CalibrationUnitsToRate = z.infer<typeof calibrationUnitsToRate>;
export type CalibrationRating = z.infer<typeof calibrationRatingSchema>;
export type CalibrationResult = z.infer<typeof calibrationResultSchema>;
export type CalibrationSessionResults = z.infer<typeof calibrationSessionResults>;
export type CalibrationFlag = CalibrationResult['flags'][number];
