import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderProgramReportMarkdown } from '../reports/program-report-markdown.ts';
import type { ProgramReport } from '../reports/program-report-schema.ts';

/** Writes DIR/program-report.md and DIR/program-report.json; returns their paths. */
export const writeProgramReport = (outDir: string, report: ProgramReport): string[] => {
  mkdirSync(outDir, { recursive: true });
  const md = join(outDir, 'program-report.md');
  const json = join(outDir, 'program-report.json');
  writeFileSync(md, renderProgramReportMarkdown(report));
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  return [md, json];
};
