/** Use-case: assess the program on the data already imported, store it, return the report. */
import { checkBriefAgainstFramework, loadBrief } from '../briefs/load-brief.ts';
import { loadLatestTiers } from '../db/queries/latest-tiers.ts';
import { loadPartnerFacts, periodStartOf } from '../db/queries/partner-facts.ts';
import { saveAssessment } from '../db/queries/save-assessment.ts';
import type { Database } from '../db/sql-client.ts';
import { assessProgram } from '../domain/assess-program.ts';
import { isIsoDate } from '../domain/dates.ts';
import { AppError } from '../errors.ts';
import { loadProgramFramework } from '../frameworks/load-framework.ts';
import { buildProgramReportJson } from '../reports/program-report-json.ts';
import type { ProgramReport } from '../reports/program-report-schema.ts';

export interface AssessProgramInput {
  orgId: string;
  briefFile: string;
  frameworkVersion?: string;
  /** Explicit as-of date; else the brief's; else `today` (the caller's clock). */
  asOf?: string;
  today: string;
}

export interface AssessProgramOutput {
  assessmentId: number;
  report: ProgramReport;
}

export const assessProgramUseCase = async (
  db: Database,
  input: AssessProgramInput,
): Promise<AssessProgramOutput> => {
  const { framework, sha256 } = loadProgramFramework(input.frameworkVersion ?? 'v1');
  const brief = loadBrief(input.briefFile);
  checkBriefAgainstFramework(brief, framework, input.briefFile);
  const asOf = input.asOf ?? brief.asOf ?? input.today;
  if (!isIsoDate(asOf)) {
    throw new AppError('INVALID_INPUT', `Invalid as-of date '${asOf}'`, [
      { path: 'as-of', reason: 'must be YYYY-MM-DD' },
    ]);
  }
  const window = { asOf, periodDays: framework.metrics.periodDays, activeDays: framework.metrics.activeDays };
  const facts = await loadPartnerFacts(db, input.orgId, window);
  const assessment = assessProgram(facts, framework, brief, asOf, periodStartOf(window));
  const readiness = await loadLatestTiers(db, input.orgId, asOf);
  const report = buildProgramReportJson(assessment, framework, sha256, brief, readiness);
  const assessmentId = await db.transaction((tx) =>
    saveAssessment(tx, {
      orgId: input.orgId,
      kind: 'program',
      framework: { kind: framework.kind, version: framework.version, sha256, content: framework },
      asOf,
      brief,
      result: report,
      criteria: assessment.criteria,
    }),
  );
  return { assessmentId, report };
};
