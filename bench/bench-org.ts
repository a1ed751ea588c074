/**
 * The org the server benchmarks run against (API load, web app): the program suite's synthetic
 * data at `BENCH_SCALE` (10,000 partners at scale 1) imported into a fresh PostgreSQL database,
 * scored and assessed, an owner API token — and the compiled server started on it in its own
 * process. `dispose()` stops the server and drops the database.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { systemCaller } from '../packages/core/src/app/accounts/caller.ts';
import { createApiTokenUseCase } from '../packages/core/src/app/accounts/create-api-token.ts';
import { assessProgramUseCase } from '../packages/core/src/app/assessments/assess-program.ts';
import { scorePartnersUseCase } from '../packages/core/src/app/readiness/score-partners.ts';
import { ensureOrg } from '../packages/core/src/db/open-database.ts';
import { openPostgres } from '../packages/core/src/db/open-postgres.ts';
import { readBriefFile } from '../packages/core/src/files/brief-file.ts';
import { importFile } from '../packages/core/src/files/csv-file.ts';
import { loadProgramFramework } from '../packages/core/src/frameworks/load-framework.ts';
import { entityNames } from '../packages/core/src/importers/index.ts';
import { BENCH_AS_OF, DEFAULT_SIZES, generateProgram } from './generate.ts';

export const ORG = 'bench';
const ROOT = join(import.meta.dirname, '..');
export const scale = Number(process.env.BENCH_SCALE ?? '1');
const pgUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const log = (line: string) => process.stderr.write(`${line}\n`);

export const sizes = Object.fromEntries(
  Object.entries(DEFAULT_SIZES).map(([k, v]) => [k, Math.max(1, Math.round(v * scale))]),
) as unknown as typeof DEFAULT_SIZES;
const dataDir = join(import.meta.dirname, 'data', `program-scale-${scale}`);

export interface BenchOrg {
  /** The running server's base URL. */
  url: string;
  /** An owner API token of the org. */
  token: string;
  /** 200 scored partners (retired partners are not scored: their readiness is a 404). */
  partnerIds: string[];
  dispose(): Promise<void>;
}

const startServer = (databaseUrl: string): Promise<{ url: string; process: ChildProcess }> =>
  new Promise((resolve, reject) => {
    // BENCH_PROFILE_DIR=dir writes the server's CPU profile there (node --cpu-prof) for a look at hot paths.
    const profile = process.env.BENCH_PROFILE_DIR
      ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`]
      : [];
    const p = spawn(
      process.execPath,
      [...profile, join(ROOT, 'apps/cli/dist/main.js'), 'serve', '--port', '0'],
      {
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          TRELLIS_DATA_DIR: mkdtempSync(join(tmpdir(), 'trellis-load-')),
          TRELLIS_LOG_LEVEL: 'warn',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 60_000);
    p.stdout!.on('data', (d) => {
      out += d;
      const m = /serving (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1]!, process: p });
      }
    });
  });

/** Builds what the server needs (tsc -b; `web` also the web app), prepares the org and starts the server. */
export const startBenchOrg = async (opts: { web?: boolean } = {}): Promise<BenchOrg> => {
  if (!existsSync(join(dataDir, 'references.csv'))) {
    log(`generating ${JSON.stringify(sizes)} into ${dataDir}`);
    await generateProgram(dataDir, sizes);
  }
  log('building the server (tsc -b)');
  const build = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/typescript/bin/tsc'), '-b', 'apps/cli/tsconfig.build.json'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (build.status !== 0) throw new Error('build failed');
  if (opts.web) {
    log('building the web app (vite)');
    const web = spawnSync('npm', ['run', '-s', 'build', '-w', '@trellis/web'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (web.status !== 0) throw new Error('web build failed');
  }
  const name = `trellis_load_${process.pid}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  let server: ChildProcess | undefined;
  const dispose = async () => {
    server?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
  try {
    const db = await openPostgres(url.toString());
    await ensureOrg(db, ORG);
    const org = db.forOrg(ORG);
    for (const entity of entityNames) {
      const r = await importFile(org, ORG, entity, join(dataDir, `${entity}.csv`));
      log(`  imported ${entity}: ${r.rows} rows`);
    }
    await db.query('analyze');
    await scorePartnersUseCase(org, systemCaller(ORG), { asOf: BENCH_AS_OF });
    const assessed = await assessProgramUseCase(org, systemCaller(ORG), {
      brief: readBriefFile(join(import.meta.dirname, 'brief.yaml')),
      briefName: 'bench/brief.yaml',
      framework: loadProgramFramework('v1'),
      asOf: BENCH_AS_OF,
      today: BENCH_AS_OF,
    });
    const { token } = await createApiTokenUseCase(
      org,
      { orgId: ORG, role: 'owner', label: 'bench' },
      { name: 'load', role: 'owner' },
    );
    const [size] = await db.query<{ report: number; dashboard: number }>(
      `select length(result::text) as report, length(dashboard::text) as dashboard from assessments where org_id = $1`,
      [ORG],
    );
    log(`  report JSON ${size!.report} bytes, dashboard JSON ${size!.dashboard} bytes`);
    log(`  org ready: ${sizes.partners} partners, assessment #${assessed.assessmentId}`);
    const partnerIds = (
      await db.query<{ id: string }>(
        `select p.external_id as id from tier_history h join partners p on p.org_id = h.org_id and p.id = h.partner_id
         where h.org_id = $1 and h.detail is not null order by md5(p.external_id) limit 200`,
        [ORG],
      )
    ).map((r) => r.id);
    await db.close();
    const started = await startServer(url.toString());
    server = started.process;
    return { url: started.url, token, partnerIds, dispose };
  } catch (err) {
    await dispose();
    throw err;
  }
};
