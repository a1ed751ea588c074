/** One criterion of an assessment: its signal, the records behind it, suggested, manual and final scores. */
import { findCriterion } from '../../db/queries/assessments.ts';
import type { Database } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import type { Caller } from '../accounts/caller.ts';
import { type AssessmentRef, assessmentNumberOf } from './assessment-ref.ts';

export interface GetCriterionInput {
  ref: AssessmentRef;
  criterion: string;
}

export const getCriterionUseCase = async (
  db: Database,
  caller: Caller,
  { ref, criterion }: GetCriterionInput,
) => {
  const n = await assessmentNumberOf(db, caller, ref);
  const c = await findCriterion(db, caller.orgId, n, criterion);
  if (!c) throw new AppError('NOT_FOUND', `No criterion ${criterion} in assessment #${n}`);
  return c;
};
