/** The inputs of the spot-audit use-cases, checked at the boundary (zod), with the fields named. */

import { seedSchema } from '@trellis/contracts';
import { z } from 'zod';
import { auditOutcomes } from '../../domain/audits/audit-outcome.ts';
import { AS_OF_YEARS, isAsOfDate } from '../../domain/dates.ts';
import { AppError } from '../../errors.ts';

const asOf = z
  .string()
  .refine(isAsOfDate, `must be a date YYYY-MM-DD from ${AS_OF_YEARS.from} to ${AS_OF_YEARS.to}`);
const auditNumber = z.number().int().positive();

export const drawSpotAuditInput = z.strictObject({
  asOf,
  share: z.number().gt(0, 'must be above 0').max(1, 'must be at most 1'),
  /** The door chooses it (at random, or as given) and it is stored, so the draw can be made again. */
  seed: seedSchema,
});

export const recordAuditOutcomeInput = z.strictObject({
  audit: auditNumber,
  /** The evaluation's external id. */
  evaluation: z.string().min(1),
  outcome: z.enum(auditOutcomes),
  level: z.number().int().nullish(),
  reason: z.string().max(2000).nullish(),
});

/** How clients name an audit: its number within the org, or `latest`. */
export const spotAuditRef = z.union([z.literal('latest'), auditNumber]);

export const getSpotAuditInput = z.strictObject({ audit: spotAuditRef });

/** One audit's items, or (no audit) every audit's of the org. */
export const spotAuditResultsInput = z.strictObject({ audit: spotAuditRef.optional() });

/** Parses a use-case's input, refusing it with every field at fault named. */
export const parseInput = <S extends z.ZodType>(schema: S, input: unknown, what: string): z.infer<S> => {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  throw new AppError(
    'INVALID_INPUT',
    `Invalid ${what}`,
    r.error.issues.map((i) => ({ field: i.path.join('.'), reason: i.message })),
  );
};
