import { renderReadinessReportMarkdown } from '../reports/readiness-report-markdown.ts';
import type { ReadinessReport } from '../reports/readiness-report-schema.ts';
import { writeReportFiles } from './write-report-files.ts';

/** Writes DIR/readiness-report.md and DIR/readiness-report.json; returns their paths. */
export const writeReadinessReport = (outDir: string, report: ReadinessReport): string[] =>
  writeReportFiles(outDir, 'readiness-report', renderReadinessReportMarkdown(report), report);
