/** A page of an assessment's partner performance table; a partner user sees one row, their own. */
import type { PerformanceQuery } from '@trellis/contracts';
import { findAssessmentSummary, pagePerformance } from '../../db/queries/assessments.ts';
import type { Database } from '../../db/sql-client.ts';
import type { Caller } from '../accounts/caller.ts';
import { type AssessmentRef, assessmentNotFound, assessmentNumberOf } from './assessment-ref.ts';

export interface PagePerformanceInput {
  ref: AssessmentRef;
  page: PerformanceQuery;
}

export const pagePerformanceUseCase = async (
  db: Database,
  caller: Caller,
  { ref, page: q }: PagePerformanceInput,
) => {
  const n = await assessmentNumberOf(db, caller, ref);
  if (!(await findAssessmentSummary(db, caller.orgId, n))) throw assessmentNotFound(ref);
  return pagePerformance(
    db,
    caller.orgId,
    n,
    caller.partner ? { ...q, partner: caller.partner.externalId } : q,
  );
};
