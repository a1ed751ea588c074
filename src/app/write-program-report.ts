import { renderProgramReportMarkdown } from '../reports/program-report-markdown.ts';
import type { ProgramReport } from '../reports/program-report-schema.ts';
import { writeReportFiles } from './write-report-files.ts';

/** Writes DIR/program-report.md and DIR/program-report.json; returns their paths. */
export const writeProgramReport = (outDir: string, report: ProgramReport): string[] =>
  writeReportFiles(outDir, 'program-report', renderProgramReportMarkdown(report), report);
