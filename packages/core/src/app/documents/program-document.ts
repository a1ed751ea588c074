/**
 * A stored program assessment as a document for people: the report, which assessment it is and the
 * one before it (the trend), rendered as Markdown or one self-contained HTML file, printed to PDF or
 * written as a spreadsheet. The doors reach it through render-document-file.ts.
 */
import { formatDate, type ProgramReport, type ReadinessReport } from '@trellis/contracts';
import {
  findAssessmentJsonText,
  findAssessmentSummary,
  findPreviousAssessmentNumber,
  resolveAssessmentNumber,
} from '../../db/queries/assessments.ts';
import { findOrgName } from '../../db/queries/program-documents.ts';
import { latestScoringDate, scoringSummary } from '../../db/queries/readiness-reads.ts';
import type { SqlClient } from '../../db/sql-client.ts';
import { assessmentPrompt } from '../../documents/program/assessment-prompt.ts';
import { type ProgramDocumentInput, programDocument } from '../../documents/program/program-document.ts';
import { programWorkbook } from '../../documents/program/program-workbook.ts';
import { renderDocument } from '../../documents/render.ts';
import { writeWorkbook } from '../../documents/workbook.ts';
import { AppError } from '../../errors.ts';
import { type Paper, printPdf } from '../../files/print-pdf.ts';
import { compareOutcomesUseCase } from '../history/compare-outcomes.ts';
import { programHistoryUseCase } from '../history/program-history.ts';

export type { ProgramDocumentInput };

const loadReport = async (db: SqlClient, orgId: string, n: number) => {
  const json = await findAssessmentJsonText(db, orgId, n, 'result');
  return json === undefined ? undefined : (JSON.parse(json) as ProgramReport);
};

/** The report of assessment `ref` (a number or `latest`) of the org, with what the document needs beside it. */
export const loadProgramDocumentInput = async (
  db: SqlClient,
  orgId: string,
  ref: number | 'latest',
): Promise<ProgramDocumentInput> => {
  const n = await resolveAssessmentNumber(db, orgId, ref);
  const summary = n === undefined ? undefined : await findAssessmentSummary(db, orgId, n);
  const report = n === undefined ? undefined : await loadReport(db, orgId, n);
  if (n === undefined || !summary || !report)
    throw new AppError(
      'NOT_FOUND',
      ref === 'latest' ? 'No assessment yet; run `trellis assess program` first' : `No assessment #${ref}`,
    );
  const p = await findPreviousAssessmentNumber(db, orgId, n);
  const previousReport = p === undefined ? undefined : await loadReport(db, orgId, p);
  // The readiness scoring the report's tiers come from: the latest on or before its as-of date.
  const scoredOn = await latestScoringDate(db, orgId, report.asOf);
  const readiness = scoredOn === undefined ? undefined : await scoringSummary(db, orgId, scoredOn);
  // The program over quarters as of this assessment: nothing dated after it.
  const series = await programHistoryUseCase(db, { orgId });
  const outcomes = await compareOutcomesUseCase(
    db,
    { orgId },
    {
      from: previousReport?.asOf,
      to: report.asOf,
      today: report.asOf,
    },
  );
  return {
    report,
    org: (await findOrgName(db, orgId)) ?? orgId,
    assessment: { number: n, status: summary.status },
    importedSince: summary.importedSince,
    ...(p !== undefined && previousReport ? { previous: { report: previousReport, number: p } } : {}),
    ...(readiness ? { readiness: readiness as Omit<ReadinessReport, 'partners'> } : {}),
    history: {
      assessments: series.assessments.filter((a) => a.asOf <= report.asOf),
      scorings: series.scorings.filter((s) => s.asOf <= report.asOf),
      ...(outcomes.before.projects + outcomes.after.projects > 0 ? { outcomes } : {}),
    },
  };
};

/**
 * The text formats, rendered at once — the document as Markdown or HTML, and `prompt`, the method's
 * assessment prompt filled in for a language model.
 */
export const renderProgramDocument = (
  input: ProgramDocumentInput,
  format: 'md' | 'html' | 'prompt',
): string => {
  if (format === 'prompt') return assessmentPrompt(input);
  return renderDocument(programDocument(input), format);
};

/** The HTML edition printed to PDF, with the org, the as-of date and page numbers on every page. */
export const printProgramDocument = (input: ProgramDocumentInput, paper: Paper): Promise<Buffer> =>
  printPdf(renderProgramDocument(input, 'html'), {
    paper,
    header: { left: input.org, right: `Partner program readiness — assessment #${input.assessment.number}` },
    footer: `As of ${formatDate(input.report.asOf)} · ${input.assessment.status}`,
  });

/** The spreadsheet edition: every partner, the portfolio, the scorecard by criterion, the plan. */
export const programWorkbookFile = (input: ProgramDocumentInput): Promise<Buffer> =>
  writeWorkbook(programWorkbook(input), {
    title: `${input.report.program}: assessment #${input.assessment.number}, as of ${input.report.asOf}`,
    creator: `Trellis (${input.org})`,
  });
