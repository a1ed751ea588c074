/**
 * Every unit behind one criterion's signal of a stored assessment, a page at a time: counted ones
 * first, failing before passing, each with its own figure; `q` matches name or id, `status` keeps
 * failing, passing, unrated or not-counted ones. A partner user has no drill-down: it lists other
 * partners.
 */
import { findAssessmentSummary } from '../../db/queries/assessments.ts';
import { pageCriterionUnits, type UnitStatus } from '../../db/queries/criterion-units.ts';
import type { Database } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import type { Caller } from '../accounts/caller.ts';
import { type AssessmentRef, assessmentNotFound, assessmentNumberOf } from './assessment-ref.ts';

export interface PageCriterionUnitsInput {
  ref: AssessmentRef;
  criterion: string;
  page: { limit: number; offset: number; q?: string; status?: UnitStatus };
}

export const pageCriterionUnitsUseCase = async (
  db: Database,
  caller: Caller,
  { ref, criterion, page: q }: PageCriterionUnitsInput,
) => {
  const n = await assessmentNumberOf(db, caller, ref);
  const page = await pageCriterionUnits(db, caller.orgId, n, criterion, q);
  if (!page) {
    if (!(await findAssessmentSummary(db, caller.orgId, n))) throw assessmentNotFound(ref);
    throw new AppError('NOT_FOUND', `No criterion ${criterion} in assessment #${n}`);
  }
  return page;
};
