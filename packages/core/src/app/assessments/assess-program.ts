/** Use-case: assess the program on the data already imported, store it, return the report. */
import type { ProgramReport } from '@trellis/contracts';
import { checkBriefAgainstFramework } from '../../briefs/load-brief.ts';
import { recordAudit } from '../../db/queries/audit-log.ts';
import { loadDataCoverage } from '../../db/queries/data-coverage.ts';
import { loadLatestTiers } from '../../db/queries/latest-tiers.ts';
import { loadPartnerFacts, periodStartOf } from '../../db/queries/partner-facts.ts';
import { saveAssessment } from '../../db/queries/save-assessment.ts';
import type { Database, SqlClient } from '../../db/sql-client.ts';
import { assessProgram } from '../../domain/assess-program.ts';
import type { Brief } from '../../domain/brief.ts';
import type { CriterionScore } from '../../domain/criterion-scores.ts';
import { AS_OF_YEARS, isAsOfDate } from '../../domain/dates.ts';
import type { ProgramFramework } from '../../domain/program-framework.ts';
import { AppError } from '../../errors.ts';
import type { Loaded } from '../../frameworks/load-framework.ts';
import { buildProgramReportJson } from '../../reports/program-report-json.ts';
import type { Caller } from '../accounts/caller.ts';

export interface AssessProgramInput {
  brief: Brief;
  /** What messages call the brief (its file, or "brief" for an API body). */
  briefName: string;
  framework: Loaded<ProgramFramework>;
  /** Explicit as-of date; else the brief's; else `today` (the caller's clock). */
  asOf?: string;
  today: string;
}

export interface AssessProgramOutput {
  /** The assessment's number within its org. */
  assessmentId: number;
  report: ProgramReport;
}

export interface ComputedAssessment {
  report: ProgramReport;
  criteria: CriterionScore[];
}

/** Computes the six deliverables as of `asOf` from the org's data (nothing is stored). */
export const computeProgramAssessment = async (
  db: SqlClient,
  orgId: string,
  brief: Brief,
  framework: Loaded<ProgramFramework>,
  asOf: string,
): Promise<ComputedAssessment> => {
  const fw = framework.framework;
  const coverage = await loadDataCoverage(db, orgId, asOf);
  if (coverage.partners.rows === 0) throw nothingToAssess(orgId);
  const window = { asOf, periodDays: fw.metrics.periodDays, activeDays: fw.metrics.activeDays };
  const facts = await loadPartnerFacts(db, orgId, window);
  if (facts.length === 0)
    throw new AppError('INVALID_INPUT', `No partner of org "${orgId}" had joined by ${asOf}`, [
      {
        path: 'as-of',
        reason: `the earliest join date is ${coverage.partners.from}; assess as of a later date`,
      },
    ]);
  const assessment = assessProgram(facts, fw, brief, asOf, periodStartOf(window), coverage);
  if (assessment.scorecard.every((d) => d.score === null))
    throw new AppError('INVALID_INPUT', 'Nothing could be measured with the records imported so far', [
      { reason: 'import opportunities, activities, surveys and meetings, or score criteria in the brief' },
    ]);
  const readiness = await loadLatestTiers(db, orgId, asOf);
  return {
    report: buildProgramReportJson(assessment, fw, framework.sha256, brief, readiness),
    criteria: assessment.criteria,
  };
};

/** No assessment is built from a brief alone: the org's partners come first. */
export const nothingToAssess = (orgId: string): AppError =>
  new AppError('INVALID_INPUT', `Org "${orgId}" has no partners yet: import partners first`, [
    {
      reason:
        'import partners (trellis import partners FILE, or POST /api/v1/orgs/ORG/imports/partners), then opportunities, activities, surveys, meetings and people; see docs/import-format.md',
    },
  ]);

export const assessProgramUseCase = async (
  db: Database,
  caller: Caller,
  input: AssessProgramInput,
): Promise<AssessProgramOutput> => {
  const { framework, sha256 } = input.framework;
  const { brief } = input;
  checkBriefAgainstFramework(brief, framework, input.briefName);
  const asOf = input.asOf ?? brief.asOf ?? input.today;
  if (!isAsOfDate(asOf)) {
    throw new AppError('INVALID_INPUT', `Invalid as-of date '${asOf}'`, [
      { path: 'as-of', reason: `must be a date YYYY-MM-DD from ${AS_OF_YEARS.from} to ${AS_OF_YEARS.to}` },
    ]);
  }
  const { report, criteria } = await computeProgramAssessment(db, caller.orgId, brief, input.framework, asOf);
  const actor = caller;
  const assessmentId = await db.transaction(async (tx) => {
    const number = await saveAssessment(tx, {
      orgId: caller.orgId,
      kind: 'program',
      framework: { kind: framework.kind, version: framework.version, sha256, content: framework },
      asOf,
      brief,
      result: report,
      criteria,
      createdBy: actor.label,
    });
    await recordAudit(tx, caller.orgId, actor, {
      action: 'assessment.create',
      entity: 'assessment',
      entityId: String(number),
      after: { asOf, framework: { version: framework.version, sha256 }, overall: report.summary.overall },
    });
    return number;
  });
  return { assessmentId, report };
};
