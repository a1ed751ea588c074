/** The inputs of the calibration-session use-cases, checked at the boundary (zod), with the fields named. */

import { seedSchema } from '@trellis/contracts';
import { z } from 'zod';
import { MEASUREMENT_LEVELS } from '../../domain/calibration/rating.ts';

export { parseInput } from '../spot-audits/spot-audit-input.ts';

const sessionNumber = z.number().int().positive();
const distinct = (list: readonly string[]) => new Set(list).size === list.length;

export const createCalibrationSessionInput = z.strictObject({
  name: z.string().trim().min(1, 'name the session').max(200),
  /** How levels compare in alpha; competency levels are ordered, so ordinal unless told. */
  level: z.enum(MEASUREMENT_LEVELS).default('ordinal'),
  /** The evaluations (external ids) whose evidence is rated: each one unit. */
  evaluations: z
    .array(z.string().min(1).max(200))
    .min(1, 'choose at least one evaluation')
    .max(500)
    .refine(distinct, 'an evaluation is chosen twice'),
  /** Member user ids: assessors, program managers, admins or owners. */
  raters: z
    .array(z.uuid('must be a user id'))
    .min(2, 'choose at least two raters: agreement needs a pair')
    .max(50)
    .refine(distinct, 'a rater is chosen twice'),
  /** The bootstrap's seed: the door chooses it (at random, or as given) and it is stored. */
  seed: seedSchema,
});

export const calibrationSessionInput = z.strictObject({ session: sessionNumber });

export const submitCalibrationRatingInput = z.strictObject({
  session: sessionNumber,
  /** The unit's key: its evaluation's external id. */
  unit: z.string().min(1).max(200),
  value: z.number().int('must be a whole level'),
});
