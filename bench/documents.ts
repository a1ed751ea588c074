/**
 * `BENCH_SUITE=documents npm run bench`: the reports of issue 10, measured in one process against a
 * baseline run beside them — serialising the same report as JSON (the cheapest thing that touches
 * every figure):
 * - the example program (examples/seed-saas, loaded into in-memory PGlite as `trellis demo` does):
 *   Markdown, HTML (with its seven server-side SVG charts) and PDF (a fresh Chromium each time, so
 *   the figure includes starting the browser);
 * - 10,000 partners: the example's report with its partner rows repeated to 10,000 (renamed), as the
 *   spreadsheet and the HTML see them.
 * Goals: HTML < 300 ms and PDF < 3 s for the example, the spreadsheet < 5 s at 10,000 partners.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProgramReport } from '../packages/contracts/src/index.ts';
import { systemCaller } from '../packages/core/src/app/accounts/caller.ts';
import { loadExampleProgramUseCase } from '../packages/core/src/app/demo/load-example-program.ts';
import {
  loadProgramDocumentInput,
  printProgramDocument,
  programWorkbookFile,
  renderProgramDocument,
} from '../packages/core/src/app/documents/program-document.ts';
import { ensureOrg } from '../packages/core/src/db/open-database.ts';
import { openPglite } from '../packages/core/src/db/open-pglite.ts';
import type { ProgramDocumentInput } from '../packages/core/src/documents/program/input.ts';
import { readExampleDirectory } from '../packages/core/src/files/example-directory.ts';

const RUNS = Number(process.env.BENCH_DOC_RUNS ?? '5');
const log = (line: string) => process.stderr.write(`${line}\n`);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = async (runs: number, fn: () => unknown) => {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  return ms;
};

const exampleInput = async (): Promise<ProgramDocumentInput> => {
  const db = await openPglite();
  try {
    await ensureOrg(db, 'bench');
    const example = await readExampleDirectory();
    const out = await loadExampleProgramUseCase(db.forOrg('bench'), systemCaller('bench'), {
      example,
      today: '2030-01-01',
    });
    // As `trellis report` loads it: with the readiness scoring beside it (seven charts).
    return await loadProgramDocumentInput(db.forOrg('bench'), 'bench', out.assessmentId);
  } finally {
    await db.close();
  }
};

/** The example's report with its partner rows repeated (and renamed) to `n`. */
const scaled = (input: ProgramDocumentInput, n: number): ProgramDocumentInput => {
  const rows = input.report.performance.partners;
  const partners: ProgramReport['performance']['partners'] = Array.from({ length: n }, (_, i) => ({
    ...rows[i % rows.length]!,
    externalId: `P-${i + 1}`,
    name: `Partner ${i + 1}`,
  }));
  return { ...input, report: { ...input.report, performance: { ...input.report.performance, partners } } };
};

export const runDocumentsSuite = async (): Promise<string> => {
  log('loading the example program');
  const example = await exampleInput();
  const big = scaled(example, 10_000);
  // Warm up the renderers (module loading, ECharts' first chart) outside the measured runs.
  renderProgramDocument(example, 'html');
  const rows: [string, number[], number[], string][] = [];
  const measure = async (
    name: string,
    input: ProgramDocumentInput,
    runs: number,
    fn: () => unknown,
    goal: string,
  ) => {
    const base = await time(runs, () => JSON.stringify(input.report));
    rows.push([name, await time(runs, fn), base, goal]);
  };
  await measure('example: Markdown', example, RUNS, () => renderProgramDocument(example, 'md'), '—');
  await measure(
    'example: HTML with 7 SVG charts',
    example,
    RUNS,
    () => renderProgramDocument(example, 'html'),
    '< 300 ms',
  );
  await measure(
    'example: PDF (Chromium started each time)',
    example,
    3,
    () => printProgramDocument(example, 'A4'),
    '< 3,000 ms',
  );
  await measure('10,000 partners: spreadsheet (xlsx)', big, 3, () => programWorkbookFile(big), '< 5,000 ms');
  await measure('10,000 partners: HTML', big, 3, () => renderProgramDocument(big, 'html'), '—');
  const lines = [
    `# Trellis reports (medians; baseline: JSON.stringify of the same report in the same process)`,
    '',
    '| document | median ms | max ms | baseline ms | ÷ baseline | goal |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      ([name, ms, base, goal]) =>
        `| ${name} | ${Math.round(median(ms))} | ${Math.round(Math.max(...ms))} | ${median(base).toFixed(1)} | ${Math.round(median(ms) / Math.max(median(base), 0.01))}× | ${goal} |`,
    ),
    '',
  ];
  const text = lines.join('\n');
  writeFileSync(join(import.meta.dirname, 'data', 'last-run-documents.md'), text);
  return text;
};
