/** How clients name an assessment: its number within the org, or `latest`. */
import { z } from 'zod';
import { resolveAssessmentNumber } from '../../db/queries/assessments.ts';
import type { Database } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import type { Caller } from '../accounts/caller.ts';

export type AssessmentRef = number | 'latest';

/** An assessment ref in a URL: `latest`, or a number from 1 (the path's text read as one). */
export const assessmentRefParam = z
  .union([z.literal('latest'), z.coerce.number().int().min(1)])
  .describe('the assessment’s number within the org, or `latest`') satisfies z.ZodType<
  AssessmentRef,
  unknown
>;

export const assessmentNotFound = (ref: AssessmentRef) =>
  new AppError(
    'NOT_FOUND',
    ref === 'latest' ? 'No assessment yet; create one first' : `No assessment #${ref}`,
  );

/** The number `ref` stands for; NOT_FOUND when the org has no assessment yet. */
export const assessmentNumberOf = async (db: Database, caller: Caller, ref: AssessmentRef) => {
  const n = await resolveAssessmentNumber(db, caller.orgId, ref);
  if (n === undefined) throw assessmentNotFound(ref);
  return n;
};
