import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadinessReport } from '@trellis/contracts';
import {
  type ProgramDocumentInput,
  renderProgramDocument,
  renderReadinessReportMarkdown,
} from '@trellis/core';

/** Writes DIR/<name>.md and DIR/<name>.json (pretty, newline-terminated); returns their paths. */
export const writeReportFiles = (outDir: string, name: string, markdown: string, json: unknown): string[] => {
  mkdirSync(outDir, { recursive: true });
  const md = join(outDir, `${name}.md`);
  const js = join(outDir, `${name}.json`);
  writeFileSync(md, markdown);
  writeFileSync(js, `${JSON.stringify(json, null, 2)}\n`);
  return [md, js];
};

/** Writes DIR/program-report.md (the document `trellis report` writes) and DIR/program-report.json; returns their paths. */
export const writeProgramReport = (outDir: string, input: ProgramDocumentInput): string[] =>
  writeReportFiles(outDir, 'program-report', renderProgramDocument(input, 'md'), input.report);

/** Writes DIR/readiness-report.md and DIR/readiness-report.json; returns their paths. */
export const writeReadinessReport = (outDir: string, report: ReadinessReport, org: string): string[] =>
  writeReportFiles(outDir, 'readiness-report', renderReadinessReportMarkdown(report, org), report);
