/**
 * `npm run probe`: the security probe's categories, each in its own process on its own in-process
 * server (embedded PGlite, demo org), then one table and out/probe.json. Exits 1 when any category
 * has a crash, hang, partial write, wrongly accepted request, unsafe output or unexpected answer.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CategoryResult, failing, Tally, verdicts } from './tally.ts';

const CATEGORIES = ['roles', 'cross-org', 'csrf', 'hostile', 'bad-inputs'];
/** A category whose process answers nothing for this long is stopped and counted as a hang. */
const CATEGORY_LIMIT_MS = 180_000;
const only = process.argv.slice(2);

const runChild = (name: string, out: string): Promise<CategoryResult> =>
  new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'child.ts'), name, out],
      {
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    const timer = setTimeout(() => child.kill('SIGKILL'), CATEGORY_LIMIT_MS);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(readFileSync(out, 'utf8')) as CategoryResult);
      } catch {
        // No result: the process died (a crash) or was stopped (a hang).
        const t = new Tally(name);
        const timedOut = Date.now() - started >= CATEGORY_LIMIT_MS;
        t.record(timedOut ? 'hang' : 'crash', {
          what: `the ${name} probe process`,
          expected: 'a result',
          got: `exit ${code ?? ''} ${signal ?? ''}`.trim(),
        });
        t.result.ms = Date.now() - started;
        resolve(t.result);
      }
    });
  });

const scaleOut = (): CategoryResult => {
  const t = new Tally('two instances');
  t.note(
    'not probed here (kill -9 and a second instance need real processes on one database): covered by ' +
      'apps/server/test/jobs-scale-out.test.ts (two workers claim each job once) and ' +
      'apps/server/test/slow-jobs.test.ts (a stale job is taken over once; without heartbeats it runs twice)',
  );
  return t.result;
};

const pad = (s: string | number, n: number, left = false) =>
  left ? String(s).padEnd(n) : String(s).padStart(n);

const table = (results: CategoryResult[]): string => {
  const cols = ['tried', ...verdicts] as const;
  const head = `${pad('category', 18, true)}${cols.map((c) => pad(c, c.length + 2)).join('')}`;
  const rows = results.map((r) =>
    r.tried === 0
      ? `${pad(r.category, 18, true)}  not run (see its note)`
      : `${pad(r.category, 18, true)}${cols.map((c) => pad(c === 'tried' ? r.tried : r.counts[c], c.length + 2)).join('')}`,
  );
  return [head, ...rows].join('\n');
};

const dir = mkdtempSync(join(tmpdir(), 'trellis-probe-'));
const results: CategoryResult[] = [];
for (const name of CATEGORIES.filter((c) => only.length === 0 || only.includes(c))) {
  process.stderr.write(`probe: ${name} …\n`);
  results.push(await runChild(name, join(dir, `${name}.json`)));
}
results.push(scaleOut());

console.log(table(results));
for (const r of results) {
  for (const n of r.notes) console.log(`\n[${r.category}] ${n}`);
  for (const f of r.findings.slice(0, 40))
    console.log(
      `\n[${r.category}] ${f.verdict}: ${f.what}\n  expected ${f.expected}; got ${f.status ?? ''} ${f.got ?? ''}`,
    );
  if (r.findings.length > 40)
    console.log(`\n[${r.category}] … ${r.findings.length - 40} more in out/probe.json`);
}
mkdirSync('out', { recursive: true });
writeFileSync('out/probe.json', `${JSON.stringify({ at: new Date().toISOString(), results }, null, 2)}\n`);
const failed = results.filter(failing).map((r) => r.category);
console.log(`\n${failed.length ? `FAILED: ${failed.join(', ')}` : 'all correct'} (details: out/probe.json)`);
process.exit(failed.length ? 1 : 0);
