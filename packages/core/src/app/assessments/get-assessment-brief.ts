/**
 * The brief an assessment was made from, as the API takes it (so that the next assessment, of
 * another date, can start from it); its scores include the assessor's, as they stand.
 */
import { findAssessmentBrief } from '../../db/queries/assessments.ts';
import type { Database } from '../../db/sql-client.ts';
import type { Caller } from '../accounts/caller.ts';
import { type AssessmentRef, assessmentNotFound, assessmentNumberOf } from './assessment-ref.ts';

export interface GetAssessmentBriefInput {
  ref: AssessmentRef;
}

export const getAssessmentBriefUseCase = async (
  db: Database,
  caller: Caller,
  { ref }: GetAssessmentBriefInput,
) => {
  const brief = await findAssessmentBrief(db, caller.orgId, await assessmentNumberOf(db, caller, ref));
  if (!brief) throw assessmentNotFound(ref);
  return brief;
};
