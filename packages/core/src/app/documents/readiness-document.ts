/**
 * The program's partner readiness as a document (a stored scoring: its summary and every partner's
 * row, put back together as the report), as Markdown, HTML or PDF — what `score partners` writes
 * as readiness-report.md, for a scoring of any date.
 */
import { formatDate, type ReadinessReport } from '@trellis/contracts';
import { findOrgName } from '../../db/queries/program-documents.ts';
import {
  latestScoringDate,
  scoringPartnerDetails,
  scoringSummary,
} from '../../db/queries/readiness-reads.ts';
import type { SqlClient } from '../../db/sql-client.ts';
import { readinessDocument } from '../../documents/readiness/readiness-document.ts';
import { renderDocument } from '../../documents/render.ts';
import { AppError } from '../../errors.ts';
import { type Paper, printPdf } from '../../files/print-pdf.ts';

export interface ReadinessDocumentInput {
  report: ReadinessReport;
  org: string;
}

/** The scoring on or before `asOf` (default: the latest) as the readiness report. */
export const loadReadinessDocumentInput = async (
  db: SqlClient,
  orgId: string,
  asOf?: string,
): Promise<ReadinessDocumentInput> => {
  // The scoring on or before `asOf` (the latest without one), as the rest of the readiness API reads it.
  const date = await latestScoringDate(db, orgId, asOf);
  const summary = date === undefined ? undefined : await scoringSummary(db, orgId, date);
  if (date === undefined || !summary)
    throw new AppError(
      'NOT_FOUND',
      asOf
        ? `No readiness scoring on or before ${asOf}`
        : 'No readiness scoring yet; run `trellis score partners` first',
    );
  const partners = (await scoringPartnerDetails(db, orgId, date)).map((p) => ({ ...p, remediation: [] }));
  return {
    report: { ...(summary as Omit<ReadinessReport, 'partners'>), partners } as ReadinessReport,
    org: (await findOrgName(db, orgId)) ?? orgId,
  };
};

export const renderReadinessDocument = (input: ReadinessDocumentInput, format: 'md' | 'html'): string =>
  renderDocument(readinessDocument(input.report, input.org), format);

export const printReadinessDocument = (input: ReadinessDocumentInput, paper: Paper): Promise<Buffer> =>
  printPdf(renderReadinessDocument(input, 'html'), {
    paper,
    header: { left: input.org, right: 'Partner readiness' },
    footer: `Scored as of ${formatDate(input.report.asOf)}`,
  });
