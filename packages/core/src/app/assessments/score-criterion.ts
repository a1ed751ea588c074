/**
 * Sets (score + reason) or clears (null) the assessor's score of one criterion of a draft, and
 * recomputes the deliverables with it. The framework is the version the assessment is pinned to.
 */
import type { ProgramReport } from '@trellis/contracts';
import { lockAssessment } from '../../db/queries/assessments.ts';
import { recordAudit } from '../../db/queries/audit-log.ts';
import { listPlanStatuses } from '../../db/queries/plan-status.ts';
import { updateAssessmentResult } from '../../db/queries/save-assessment.ts';
import type { Database } from '../../db/sql-client.ts';
import type { Brief } from '../../domain/brief.ts';
import type { ProgramFramework } from '../../domain/program-framework.ts';
import { AppError } from '../../errors.ts';
import { programFrameworkSchema } from '../../frameworks/program-framework-schema.ts';
import { withPlanStatuses } from '../../reports/plan-item-status.ts';
import type { Caller } from '../accounts/caller.ts';
import { computeProgramAssessment } from './assess-program.ts';
import { type AssessmentRef, assessmentNotFound, assessmentNumberOf } from './assessment-ref.ts';

export interface ScoreCriterionInput {
  ref: AssessmentRef;
  criterion: string;
  /** The assessor's score with its written reason, or null to clear it. */
  score: { score: number; reason: string } | null;
}

const criterionOf = (report: ProgramReport, id: string) =>
  report.scorecard.flatMap((d) => d.criteria).find((c) => c.id === id);

export const scoreCriterionUseCase = async (
  db: Database,
  caller: Caller,
  { ref, criterion: criterionId, score }: ScoreCriterionInput,
): Promise<ProgramReport> => {
  const number = await assessmentNumberOf(db, caller, ref);
  return db.transaction(async (tx) => {
    const a = await lockAssessment(tx, caller.orgId, number);
    if (!a) throw assessmentNotFound(ref);
    if (a.status === 'final')
      throw new AppError(
        'CONFLICT',
        `Assessment #${number} is final and cannot change; create a new assessment`,
      );
    const before = criterionOf(a.result, criterionId);
    if (!before) throw new AppError('NOT_FOUND', `No criterion ${criterionId} in assessment #${number}`);
    if (score && score.reason.trim() === '')
      throw new AppError('INVALID_INPUT', 'An override needs a reason', [
        { field: 'reason', reason: 'required' },
      ]);
    const brief = a.brief as Brief;
    const scores = brief.scores.filter((s) => s.criterion !== criterionId);
    const nextBrief: Brief = {
      ...brief,
      scores: score
        ? [...scores, { criterion: criterionId, score: score.score, reason: score.reason.trim() }]
        : scores,
    };
    const framework = {
      framework: programFrameworkSchema.parse(a.framework.content) as ProgramFramework,
      sha256: a.framework.sha256,
      source: `program-readiness ${a.framework.version}`,
    };
    const computed = await computeProgramAssessment(tx, caller.orgId, nextBrief, framework, a.asOf);
    // The progress set on the plan's actions stays with them.
    const statuses = await listPlanStatuses(tx, caller.orgId, a.id);
    const report: ProgramReport = {
      ...computed.report,
      plan: withPlanStatuses(
        computed.report.plan,
        new Map(statuses.map((s) => [s.action, { status: s.status, owner: s.owner }])),
      ),
    };
    const { criteria } = computed;
    await updateAssessmentResult(tx, caller.orgId, number, { brief: nextBrief, result: report, criteria });
    const after = criterionOf(report, criterionId)!;
    const view = (c: typeof before, r: ProgramReport) => ({
      suggested: c.suggested,
      manual: c.manual,
      final: c.final,
      claimedVsObserved: c.claimedVsObserved,
      overall: r.summary.overall,
    });
    await recordAudit(tx, caller.orgId, caller, {
      action: score ? 'assessment.override' : 'assessment.override-clear',
      entity: 'assessment',
      entityId: `${number}/${criterionId}`,
      before: view(before, a.result),
      after: view(after, report),
    });
    return report;
  });
};
