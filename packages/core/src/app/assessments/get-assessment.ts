/** One assessment's summary: number, date, status, overall score, who made it. */
import { findAssessmentSummary } from '../../db/queries/assessments.ts';
import type { Database } from '../../db/sql-client.ts';
import type { Caller } from '../accounts/caller.ts';
import { type AssessmentRef, assessmentNotFound, assessmentNumberOf } from './assessment-ref.ts';

export interface GetAssessmentInput {
  ref: AssessmentRef;
}

export const getAssessmentUseCase = async (db: Database, caller: Caller, { ref }: GetAssessmentInput) => {
  const row = await findAssessmentSummary(db, caller.orgId, await assessmentNumberOf(db, caller, ref));
  if (!row) throw assessmentNotFound(ref);
  return row;
};
