/**
 * A rejected import, told so that people can act on it: problems grouped by column with their
 * counts and first examples, printed once, and the full list written to a report file (CSV and
 * JSON: line, column, value, reason) instead of thousands of lines on the terminal.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { type AppError, type Issue, toCsv } from '@trellis/core';

interface ByColumn {
  column: string;
  count: number;
  examples?: Issue[];
  hint?: string;
}

const example = (i: Issue) => `line ${i.line ?? '?'}: ${i.reason}`;

const rowCount = (n: number) => (n === 1 ? '1 row' : `${n.toLocaleString('en-US')} rows`);

/**
 * One column's problems on one line: `amount: 4,812 rows like "$125,000.00" (lines 2, 3, …) —
 * not a plain number …; use --preset …` when its examples share a reason, else the examples.
 */
const describeColumn = ({ column, count, examples = [], hint }: ByColumn): string => {
  const more = count > examples.length ? ', …' : '';
  const values = [...new Set(examples.flatMap((e) => (e.value ? [JSON.stringify(e.value)] : [])))];
  const reasons = new Set(examples.map((e) => e.reason.replace(/^".*?" (is )?/s, '')));
  const head =
    values.length > 0 && reasons.size === 1
      ? `${rowCount(count)} like ${values.slice(0, 2).join(', ')} (line${count === 1 ? '' : 's'} ${examples.map((e) => e.line ?? '?').join(', ')}${more}) — ${[...reasons][0]}`
      : `${rowCount(count)} — ${examples.map(example).join('; ')}${more ? '; …' : ''}`;
  return `  ${column}: ${head}${hint ? `\n    fix: ${hint}` : ''}`;
};

/** The rejection as lines: the summary, then one line per column, most problems first. */
export const describeRejection = (err: AppError): string[] => {
  const byColumn = (err.extra.byColumn as ByColumn[] | undefined) ?? [];
  if (byColumn.length === 0) return [err.message, ...err.issues.map((i) => `  - ${example(i)}`)];
  return [err.message, ...byColumn.map(describeColumn)];
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
