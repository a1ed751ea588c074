/**
 * Program assessments after creation: list, read (the full report, the dashboard without the
 * per-partner rows, a page of the performance table), score or override a criterion with a
 * written reason (drafts only; the deliverables are recomputed), and finalise (immutable after).
 */
import type { PerformanceQuery, ProgramReport } from '@trellis/contracts';
import {
  type AssessmentSummaryRow,
  assessmentVersion,
  findAssessmentBrief,
  findAssessmentJsonText,
  findAssessmentSummary,
  findCriterion,
  listAssessments,
  lockAssessment,
  markFinal,
  pagePerformance,
} from '../../db/queries/assessments.ts';
import { recordAudit } from '../../db/queries/audit-log.ts';
import { pageCriterionUnits, type UnitStatus } from '../../db/queries/criterion-units.ts';
import { listPlanStatuses } from '../../db/queries/plan-status.ts';
import { updateAssessmentResult } from '../../db/queries/save-assessment.ts';
import type { Database } from '../../db/sql-client.ts';
import type { Brief } from '../../domain/brief.ts';
import type { ProgramFramework } from '../../domain/program-framework.ts';
import { AppError } from '../../errors.ts';
import { programFrameworkSchema } from '../../frameworks/program-framework-schema.ts';
import { withPlanStatuses } from '../../reports/plan-item-status.ts';
import type { Caller } from '../accounts/caller.ts';
import { computeProgramAssessment } from '../assess-program.ts';
import { type AssessmentRef, assessmentNotFound, assessmentNumberOf } from './assessment-ref.ts';

export type { AssessmentRef };
export type AssessmentSummary = AssessmentSummaryRow;

export const listAssessmentsUseCase = (
  db: Database,
  caller: Caller,
  page: { limit: number; offset: number; status?: 'draft' | 'final' },
) => listAssessments(db, caller.orgId, page);

export const getAssessmentUseCase = async (db: Database, caller: Caller, ref: AssessmentRef) => {
  const row = await findAssessmentSummary(db, caller.orgId, await assessmentNumberOf(db, caller, ref));
  if (!row) throw assessmentNotFound(ref);
  return row;
};

/**
 * The six deliverables as the report JSON contract (`full`), or the dashboard (without the
 * per-partner rows and lists), as JSON text; with the version of the stored assessment, so that a
 * door may cache it (`cached` returns a document it holds for that version, if any).
 */
export const getAssessmentReportUseCase = async (
  db: Database,
  caller: Caller,
  ref: AssessmentRef,
  part: 'full' | 'dashboard',
  cached?: (number: number, version: string) => string | undefined,
): Promise<{ number: number; version: string; json: string }> => {
  const v = await assessmentVersion(db, caller.orgId, ref);
  if (!v) throw assessmentNotFound(ref);
  const hit = cached?.(v.number, v.version);
  if (hit !== undefined) return { ...v, json: hit };
  const json = await findAssessmentJsonText(
    db,
    caller.orgId,
    v.number,
    part === 'full' ? 'result' : 'dashboard',
  );
  if (json === undefined) throw assessmentNotFound(ref);
  return { ...v, json };
};

/**
 * The brief an assessment was made from, as the API takes it (so that the next assessment, of
 * another date, can start from it); its scores include the assessor's, as they stand.
 */
export const getAssessmentBriefUseCase = async (db: Database, caller: Caller, ref: AssessmentRef) => {
  const brief = await findAssessmentBrief(db, caller.orgId, await assessmentNumberOf(db, caller, ref));
  if (!brief) throw assessmentNotFound(ref);
  return brief;
};

/** One criterion: its signal, the records behind it, suggested, manual and final scores. */
export const getCriterionUseCase = async (
  db: Database,
  caller: Caller,
  ref: AssessmentRef,
  criterion: string,
) => {
  const n = await assessmentNumberOf(db, caller, ref);
  const c = await findCriterion(db, caller.orgId, n, criterion);
  if (!c) throw new AppError('NOT_FOUND', `No criterion ${criterion} in assessment #${n}`);
  return c;
};

/**
 * Every unit behind one criterion's signal of a stored assessment, a page at a time: counted ones
 * first, failing before passing, each with its own figure; `q` matches name or id, `status` keeps
 * failing, passing, unrated or not-counted ones. A partner user has no drill-down: it lists other
 * partners.
 */
export const pageCriterionUnitsUseCase = async (
  db: Database,
  caller: Caller,
  ref: AssessmentRef,
  criterion: string,
  q: { limit: number; offset: number; q?: string; status?: UnitStatus },
) => {
  const n = await assessmentNumberOf(db, caller, ref);
  const page = await pageCriterionUnits(db, caller.orgId, n, criterion, q);
  if (!page) {
    if (!(await findAssessmentSummary(db, caller.orgId, n))) throw assessmentNotFound(ref);
    throw new AppError('NOT_FOUND', `No criterion ${criterion} in assessment #${n}`);
  }
  return page;
};

export const pagePerformanceUseCase = async (
  db: Database,
  caller: Caller,
  ref: AssessmentRef,
  q: PerformanceQuery,
) => {
  const n = await assessmentNumberOf(db, caller, ref);
  if (!(await findAssessmentSummary(db, caller.orgId, n))) throw assessmentNotFound(ref);
  // A partner user sees one row: their own.
  return pagePerformance(
    db,
    caller.orgId,
    n,
    caller.partner ? { ...q, partner: caller.partner.externalId } : q,
  );
};

const criterionOf = (report: ProgramReport, id: string) =>
  report.scorecard.flatMap((d) => d.criteria).find((c) => c.id === id);

/**
 * Sets (score + reason) or clears (null) the assessor's score of one criterion of a draft, and
 * recomputes the deliverables with it. The framework is the version the assessment is pinned to.
 */
export const scoreCriterionUseCase = async (
  db: Database,
  caller: Caller,
  ref: AssessmentRef,
  criterionId: string,
  score: { score: number; reason: string } | null,
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

export const finalizeAssessmentUseCase = async (
  db: Database,
  caller: Caller,
  ref: AssessmentRef,
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
