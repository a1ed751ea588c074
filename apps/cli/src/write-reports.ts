/**
 * Documents written into an `--out` directory, each under its name there (the same on every run):
 * `trellis report`, and the report files `assess program`, `score partners` and `demo` leave.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadinessReport } from '@trellis/contracts';
import {
  type DocumentFormat,
  documentFile,
  documentName,
  type LoadedDocument,
  type Paper,
  type ProgramDocumentInput,
} from '@trellis/core';

/** Writes each format of a loaded document into `dir`, each made when its turn comes; returns the paths. */
export const writeDocumentFiles = async (
  dir: string,
  doc: LoadedDocument,
  formats: readonly DocumentFormat[],
  paper?: Paper,
): Promise<string[]> => {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const format of formats) {
    const file = await documentFile(doc, { format, paper, destination: 'directory' });
    const path = join(dir, file.name);
    writeFileSync(path, file.body);
    written.push(path);
  }
  return written;
};

/** Writes DIR/program-report.md (the document `trellis report` writes) and DIR/program-report.json; returns their paths. */
export const writeProgramReport = (outDir: string, input: ProgramDocumentInput): Promise<string[]> =>
  writeDocumentFiles(outDir, { kind: 'program', input }, ['md', 'json']);

/**
 * Writes DIR/readiness-report.md (the document `trellis report readiness` writes) and
 * DIR/readiness-report.json (the report's contract, which no readiness document format carries);
 * returns their paths.
 */
export const writeReadinessReport = async (
  outDir: string,
  report: ReadinessReport,
  org: string,
): Promise<string[]> => {
  const [md] = await writeDocumentFiles(outDir, { kind: 'readiness', input: { report, org } }, ['md']);
  const json = join(outDir, documentName({ kind: 'readiness', asOf: report.asOf }, 'json', 'directory'));
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  return [md!, json];
};
