/** Makes a draft assessment final: immutable from then on, audited with its overall score. */
import { findAssessmentSummary, lockAssessment, markFinal } from '../../db/queries/assessments.ts';
import { recordAudit } from '../../db/queries/audit-log.ts';
import type { Database } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import type { Caller } from '../accounts/caller.ts';
import { type AssessmentRef, assessmentNotFound, assessmentNumberOf } from './assessment-ref.ts';
import type { AssessmentSummary } from './list-assessments.ts';

export interface FinalizeAssessmentInput {
  ref: AssessmentRef;
}

export const finalizeAssessmentUseCase = async (
  db: Database,
  caller: Caller,
  { ref }: FinalizeAssessmentInput,
): Promise<AssessmentSummary> => {
  const number = await assessmentNumberOf(db, caller, ref);
  await db.transaction(async (tx) => {
    const a = await lockAssessment(tx, caller.orgId, number);
    if (!a) throw assessmentNotFound(ref);
    if (a.status === 'final') throw new AppError('CONFLICT', `Assessment #${number} is already final`);
    await markFinal(tx, caller.orgId, number, caller.label);
    await recordAudit(tx, caller.orgId, caller, {
      action: 'assessment.finalize',
      entity: 'assessment',
      entityId: String(number),
      before: { status: 'draft' },
      after: { status: 'final', overall: a.result.summary.overall },
    });
  });
  return (await findAssessmentSummary(db, caller.orgId, number))!;
};
