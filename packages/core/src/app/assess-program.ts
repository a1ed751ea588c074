/** Use-case: assess the program on the data already imported, store it, return the report. */
import type { ProgramReport } from '@trellis/contracts';
import { checkBriefAgainstFramework } from '../briefs/load-brief.ts';
import { loadLatestTiers } from '../db/queries/latest-tiers.ts';
import { loadPartnerFacts, periodStartOf } from '../db/queries/partner-facts.ts';
import { saveAssessment } from '../db/queries/save-assessment.ts';
import type { Database } from '../db/sql-client.ts';
import { assessProgram } from '../domain/assess-program.ts';
import type { Brief } from '../domain/brief.ts';
import { isIsoDate } from '../domain/dates.ts';
import type { ProgramFramework } from '../domain/program-framework.ts';
import { AppError } from '../errors.ts';
import type { Loaded } from '../frameworks/load-framework.ts';
import { buildProgramReportJson } from '../reports/program-report-json.ts';

export interface AssessProgramInput {
  orgId: string;
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

export const assessProgramUseCase = async (
  db: Database,
  input: AssessProgramInput,
): Promise<AssessProgramOutput> => {
  const { framework, sha256 } = input.framework;
  const { brief } = input;
  checkBriefAgainstFramework(brief, framework, input.briefName);
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
