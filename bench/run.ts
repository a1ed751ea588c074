/**
 * `npm run bench`: generates a synthetic program (bench/generate.ts), then on each engine (PGlite
 * on a data directory; PostgreSQL when reachable) measures, in the same run:
 *   import    Trellis import rows/s  vs  raw COPY of the same CSVs into bare text tables
 *   assess    Trellis program assessment (SQL facts + domain + report + store)
 *             vs one hand-written per-partner aggregate query
 * and prints the ratios. BENCH_SCALE=0.1 runs a tenth of the default size; BENCH_ENGINES=pglite
 * or postgres limits the engines; BENCH_DATABASE_URL names the PostgreSQL server.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { systemCaller } from '../packages/core/src/app/accounts/caller.ts';
import { assessProgramUseCase } from '../packages/core/src/app/assessments/assess-program.ts';
import { scorePartnersUseCase } from '../packages/core/src/app/readiness/score-partners.ts';
import { ensureOrg } from '../packages/core/src/db/open-database.ts';
import { createPglite, pgliteDatabase } from '../packages/core/src/db/open-pglite.ts';
import { createPool, poolDatabase } from '../packages/core/src/db/open-postgres.ts';
import type { Database } from '../packages/core/src/db/sql-client.ts';
import { addDays } from '../packages/core/src/domain/dates.ts';
import { readBriefFile } from '../packages/core/src/files/brief-file.ts';
import { importFile } from '../packages/core/src/files/csv-file.ts';
import { loadProgramFramework } from '../packages/core/src/frameworks/load-framework.ts';
import { type EntityName, entityNames } from '../packages/core/src/importers/index.ts';
import { BASELINE_SQL, type RawHandle, READINESS_BASELINE_SQL, rawCopy } from './baseline.ts';
import { runDocumentsSuite } from './documents.ts';
import { BENCH_AS_OF, DEFAULT_SIZES, generateProgram, READINESS_SIZES } from './generate.ts';
import { runLoadSuite } from './load.ts';
import { runWebSuite } from './web.ts';

const ORG = 'bench';
const scale = Number(process.env.BENCH_SCALE ?? '1');
/** `program` (default): the issue-2 sizes; `readiness`: 100k partners, 1M evaluations, 200k projects. */
const suite = process.env.BENCH_SUITE === 'readiness' ? 'readiness' : 'program';
/** `load`: only the API load test; the default program suite ends with it (bench/load.ts). */
const loadOnly = process.env.BENCH_SUITE === 'load';
/** `web`: only the web app in Chromium (bench/web.ts); the default program suite ends with it too. */
const webOnly = process.env.BENCH_SUITE === 'web';
/** `documents`: only the reports (bench/documents.ts). */
const documentsOnly = process.env.BENCH_SUITE === 'documents';
const base = suite === 'readiness' ? READINESS_SIZES : DEFAULT_SIZES;
const sizes = Object.fromEntries(
  Object.entries(base).map(([k, v]) => [k, Math.max(1, Math.round(v * scale))]),
) as unknown as typeof DEFAULT_SIZES;
const engines = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',');
const pgUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dataDir = join(import.meta.dirname, 'data', `${suite}-scale-${scale}`);

const seconds = async <T>(fn: () => Promise<T>): Promise<[number, T]> => {
  const t = performance.now();
  const v = await fn();
  return [(performance.now() - t) / 1000, v];
};
const log = (s: string) => process.stderr.write(`${s}\n`);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

interface EngineResult {
  engine: string;
  rows: number;
  copySeconds: number;
  importSeconds: number;
  perEntity: { entity: string; rows: number; copyRps: number; importRps: number }[];
  assessSeconds: number;
  factsSeconds: number;
  baselineSeconds: number;
  scoreSeconds: number;
  readinessBaselineSeconds: number;
}

const benchEngine = async (engine: string, db: Database, raw: RawHandle): Promise<EngineResult> => {
  await ensureOrg(db, ORG);
  const perEntity: EngineResult['perEntity'] = [];
  let copySeconds = 0;
  let importSeconds = 0;
  let rows = 0;
  for (const entity of entityNames as readonly EntityName[]) {
    const file = join(dataDir, `${entity}.csv`);
    const [tc] = await seconds(() => rawCopy(raw, dataDir, entity));
    const [ti, r] = await seconds(() => importFile(db, ORG, entity, file));
    copySeconds += tc;
    importSeconds += ti;
    rows += r.rows;
    perEntity.push({ entity, rows: r.rows, copyRps: r.rows / tc, importRps: r.rows / ti });
    log(
      `  ${engine} ${entity}: ${fmt(r.rows)} rows — COPY ${tc.toFixed(2)} s, Trellis import ${ti.toFixed(2)} s`,
    );
  }
  await db.query('analyze');
  const [factsSeconds] = await seconds(() =>
    import('../packages/core/src/db/queries/partner-facts.ts').then((m) =>
      m.loadPartnerFacts(db, ORG, { asOf: BENCH_AS_OF, periodDays: 365, activeDays: 90 }),
    ),
  );
  const [baselineSeconds] = await seconds(() =>
    db.query(BASELINE_SQL, [BENCH_AS_OF, addDays(BENCH_AS_OF, -365), addDays(BENCH_AS_OF, -90), ORG]),
  );
  const [assessSeconds, out] = await seconds(() =>
    assessProgramUseCase(db, systemCaller(ORG), {
      brief: readBriefFile(join(import.meta.dirname, 'brief.yaml')),
      briefName: 'bench/brief.yaml',
      framework: loadProgramFramework('v1'),
      today: BENCH_AS_OF,
    }),
  );
  log(
    `  ${engine} assessment: overall ${out.report.summary.overall.score} over ${fmt(out.report.summary.valueRealized.partners)} partners`,
  );
  const [readinessBaselineSeconds] = await seconds(() =>
    db.query(READINESS_BASELINE_SQL, [BENCH_AS_OF, ORG, addDays(BENCH_AS_OF, -365)]),
  );
  const [scoreSeconds, readiness] = await seconds(() =>
    scorePartnersUseCase(db, systemCaller(ORG), { asOf: BENCH_AS_OF }),
  );
  log(`  ${engine} readiness: ${JSON.stringify(readiness.summary.tierDistribution)}`);
  return {
    engine,
    rows,
    copySeconds,
    importSeconds,
    perEntity,
    assessSeconds,
    factsSeconds,
    baselineSeconds,
    scoreSeconds,
    readinessBaselineSeconds,
  };
};

const withPglite = async (): Promise<EngineResult> => {
  const dir = mkdtempSync(join(tmpdir(), 'trellis-bench-'));
  const instance = await createPglite(dir);
  const db = pgliteDatabase(instance);
  try {
    return await benchEngine('pglite', db, { kind: 'pglite', pg: instance });
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
};

const withPostgres = async (): Promise<EngineResult | null> => {
  const name = `trellis_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  try {
    await admin.connect();
  } catch (err) {
    log(`  postgres: skipped, cannot connect to ${pgUrl} (${(err as Error).message})`);
    return null;
  }
  await admin.query(`create database ${name}`);
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  const pool = await createPool(url.toString());
  const db = await poolDatabase(pool);
  try {
    return await benchEngine('postgres', db, { kind: 'postgres', pool });
  } finally {
    await db.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
};

const main = async () => {
  if (!existsSync(join(dataDir, 'references.csv'))) {
    log(`generating ${JSON.stringify(sizes)} into ${dataDir}`);
    const [t] = await seconds(() => generateProgram(dataDir, sizes));
    log(`  generated in ${t.toFixed(1)} s`);
  }
  const results: EngineResult[] = [];
  for (const e of engines) {
    log(`== ${e}`);
    const r = e === 'pglite' ? await withPglite() : e === 'postgres' ? await withPostgres() : null;
    if (r) results.push(r);
  }
  const lines = [
    `# Trellis benchmark (${suite} suite, scale ${scale}: ${fmt(sizes.partners)} partners, ${fmt(sizes.opportunities)} opportunities, ${fmt(sizes.activities)} activities)`,
    '',
  ];
  lines.push(
    '| engine | rows | COPY rows/s (baseline) | Trellis import rows/s | import ÷ COPY time | hand-written query s (baseline) | facts SQL s | full assessment s | assessment ÷ baseline |',
  );
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of results) {
    lines.push(
      `| ${r.engine} | ${fmt(r.rows)} | ${fmt(r.rows / r.copySeconds)} | ${fmt(r.rows / r.importSeconds)} | ${(r.importSeconds / r.copySeconds).toFixed(1)}× | ${r.baselineSeconds.toFixed(2)} | ${r.factsSeconds.toFixed(2)} | ${r.assessSeconds.toFixed(2)} | ${(r.assessSeconds / r.baselineSeconds).toFixed(1)}× |`,
    );
  }
  lines.push(
    '',
    '| engine | hand-written readiness query s (baseline) | score partners s (SQL + domain + history + remediation + report) | score ÷ baseline |',
    '| --- | --- | --- | --- |',
  );
  for (const r of results) {
    lines.push(
      `| ${r.engine} | ${r.readinessBaselineSeconds.toFixed(2)} | ${r.scoreSeconds.toFixed(2)} | ${(r.scoreSeconds / r.readinessBaselineSeconds).toFixed(1)}× |`,
    );
  }
  lines.push(
    '',
    '| engine | entity | rows | COPY rows/s | Trellis import rows/s |',
    '| --- | --- | --- | --- | --- |',
  );
  for (const r of results)
    for (const e of r.perEntity)
      lines.push(`| ${r.engine} | ${e.entity} | ${fmt(e.rows)} | ${fmt(e.copyRps)} | ${fmt(e.importRps)} |`);
  const text = `${lines.join('\n')}\n`;
  process.stdout.write(text);
  writeFileSync(join(import.meta.dirname, 'data', `last-run-${suite}-scale-${scale}.md`), text);
};

const fullProgram =
  !loadOnly && !webOnly && !documentsOnly && suite === 'program' && engines.includes('postgres');
if (documentsOnly) process.stdout.write(`${await runDocumentsSuite()}`);
if (!loadOnly && !webOnly && !documentsOnly) await main();
if (loadOnly || fullProgram) {
  log('== API load test (PostgreSQL)');
  process.stdout.write(`\n${await runLoadSuite()}`);
}
if (webOnly || fullProgram) {
  log('== web app in Chromium (PostgreSQL)');
  process.stdout.write(`\n${await runWebSuite()}`);
}
