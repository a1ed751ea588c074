/**
 * A rejected import, told so that people can act on it: problems grouped by column with their
 * counts and first examples, printed once, and the full list written to a report file (CSV and
 * JSON: line, column, value, reason) instead of thousands of lines on the terminal.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { type AppError, type Issue, toCsv } from '@trellis/core';

const EXAMPLES = 2;

interface ByColumn {
  column: string;
  count: number;
}

const example = (i: Issue) => `line ${i.line ?? '?'}: ${i.reason}`;

/** The rejection as lines: the summary, then one line per column, most problems first. */
export const describeRejection = (err: AppError): string[] => {
  const byColumn = (err.extra.byColumn as ByColumn[] | undefined) ?? [];
  if (byColumn.length === 0) return [err.message, ...err.issues.map((i) => `  - ${example(i)}`)];
  const lines = [err.message];
  for (const { column, count } of byColumn) {
    const mine = err.issues.filter((i) => (i.column ?? '(row)') === column).slice(0, EXAMPLES);
    const rows = count === 1 ? '1 row' : `${count.toLocaleString('en-US')} rows`;
    lines.push(`  ${column}: ${rows} — ${mine.map(example).join('; ')}${count > mine.length ? '; …' : ''}`);
  }
  return lines;
};

/** Writes the listed problems as <file>.errors.csv and .json into `dir` (a fresh temp folder by default). */
export const writeErrorReport = (err: AppError, file: string, dir?: string): string[] => {
  const target = dir ?? join(tmpdir(), `trellis-import-errors-${Date.now()}`);
  mkdirSync(target, { recursive: true });
  const base = join(target, `${basename(file)}.errors`);
  const rows = err.issues.map((i) => [i.line ?? '', i.column ?? '', i.value ?? '', i.reason]);
  writeFileSync(`${base}.csv`, toCsv(['line', 'column', 'value', 'reason'], rows));
  writeFileSync(
    `${base}.json`,
    `${JSON.stringify({ file, message: err.message, ...err.extra, problems: err.issues }, null, 2)}\n`,
  );
  return [`${base}.csv`, `${base}.json`];
};
