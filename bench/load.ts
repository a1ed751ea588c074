/**
 * `BENCH_SUITE=load npm run bench` (also the last part of a plain `npm run bench`): the REST API
 * under load, on PostgreSQL, for a 10,000-partner org (the program suite's synthetic data, scored
 * and assessed). The compiled server runs in its own process; autocannon sends traffic over
 * loopback only, 50 connections, a bounded number of seconds per endpoint. The baseline, in the
 * same run, is the server's cheapest route (/api/health: no auth, no database), so the ratios say
 * what authentication, tenancy (row-level security) and the query cost on top of HTTP itself.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { createApiTokenUseCase } from '../packages/core/src/app/accounts/api-tokens.ts';
import { assessProgramUseCase } from '../packages/core/src/app/assess-program.ts';
import { scorePartnersUseCase } from '../packages/core/src/app/score-partners.ts';
import { ensureOrg } from '../packages/core/src/db/open-database.ts';
import { openPostgres } from '../packages/core/src/db/open-postgres.ts';
import { readBriefFile } from '../packages/core/src/files/brief-file.ts';
import { importFile } from '../packages/core/src/files/csv-file.ts';
import { loadProgramFramework } from '../packages/core/src/frameworks/load-framework.ts';
import { entityNames } from '../packages/core/src/importers/index.ts';
import { BENCH_AS_OF, DEFAULT_SIZES, generateProgram } from './generate.ts';

const ORG = 'bench';
const ROOT = join(import.meta.dirname, '..');
const scale = Number(process.env.BENCH_SCALE ?? '1');
const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? '10');
const connections = 50;
const pgUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const log = (line: string) => process.stderr.write(`${line}\n`);

const sizes = Object.fromEntries(
  Object.entries(DEFAULT_SIZES).map(([k, v]) => [k, Math.max(1, Math.round(v * scale))]),
) as unknown as typeof DEFAULT_SIZES;
const dataDir = join(import.meta.dirname, 'data', `program-scale-${scale}`);

interface Row {
  statuses: string;
  name: string;
  path: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

const load = async (base: string, name: string, paths: string[], token?: string): Promise<Row> => {
  let i = 0;
  const failures = new Map<string, number>();
  const run = (duration: number) =>
    autocannon({
      url: base,
      connections,
      duration,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      requests: [
        {
          method: 'GET',
          setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }),
          // A sample of what failed, to say why in the report.
          onResponse: (status, body) => {
            if (status >= 300 && failures.size < 3) {
              const why = `${status} ${String(body)
                .replace(/"requestId":"[^"]*"/, '')
                .slice(0, 160)}`;
              failures.set(why, (failures.get(why) ?? 0) + 1);
            }
          },
        },
      ],
    });
  await run(2); // warm-up: JIT, pools, caches
  const r = await run(seconds);
  for (const [why] of failures) log(`  ${name}: ${why}`);
  return {
    name,
    path: paths[0]!,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    statuses: Object.entries(r.statusCodeStats ?? {})
      .map(([code, v]) => `${code}: ${(v as { count: number }).count}`)
      .join(', '),
  };
};

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

export const runLoadSuite = async (): Promise<string> => {
  if (!existsSync(join(dataDir, 'references.csv'))) {
    log(`generating ${JSON.stringify(sizes)} into ${dataDir}`);
    await generateProgram(dataDir, sizes);
  }
  log('building the server (tsc -b)');
  const build = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/typescript/bin/tsc'), '-b', 'apps/cli/tsconfig.build.json'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) throw new Error('build failed');
  const name = `trellis_load_${process.pid}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  let server: ChildProcess | undefined;
  try {
    const db = await openPostgres(url.toString());
    await ensureOrg(db, ORG);
    const org = db.forOrg(ORG);
    for (const entity of entityNames) {
      const r = await importFile(org, ORG, entity, join(dataDir, `${entity}.csv`));
      log(`  imported ${entity}: ${r.rows} rows`);
    }
    await db.query('analyze');
    await scorePartnersUseCase(org, { orgId: ORG, asOf: BENCH_AS_OF });
    const assessed = await assessProgramUseCase(org, {
      orgId: ORG,
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
    const scoredPartners = (
      await db.query<{ id: string }>(
        `select p.external_id as id from tier_history h join partners p on p.org_id = h.org_id and p.id = h.partner_id
         where h.org_id = $1 and h.detail is not null order by md5(p.external_id) limit 200`,
        [ORG],
      )
    ).map((r) => r.id);
    await db.close();
    const started = await startServer(url.toString());
    server = started.process;
    const v1 = `/api/v1/orgs/${ORG}`;
    // 200 partners of the scoring (retired partners are not scored: their readiness is a 404).
    const partnerIds = scoredPartners;
    const rows = [
      await load(started.url, 'baseline: health (no auth, no database)', ['/api/health']),
      await load(
        started.url,
        'program dashboard (report without partner rows)',
        [`${v1}/assessments/latest/dashboard`],
        token,
      ),
      await load(
        started.url,
        'partner list (page of 50, sorted by name)',
        [`${v1}/partners?limit=50&sort=name`],
        token,
      ),
      await load(
        started.url,
        "a partner's readiness (200 partners in turn)",
        partnerIds.map((p) => `${v1}/partners/${p}/readiness`),
        token,
      ),
    ];
    const base = rows[0]!;
    const lines = [
      `# Trellis API load test (PostgreSQL, ${sizes.partners.toLocaleString('en-US')} partners, ${connections} connections, ${seconds} s per endpoint, loopback)`,
      '',
      '| endpoint | requests/s | p50 ms | p99 ms | errors | non-2xx | responses | p99 ÷ baseline p99 |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows.map(
        (r) =>
          `| ${r.name} | ${Math.round(r.rps).toLocaleString('en-US')} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} | ${r.statuses} | ${(r.p99 / Math.max(base.p99, 1)).toFixed(1)}× |`,
      ),
    ];
    const text = `${lines.join('\n')}\n`;
    writeFileSync(join(import.meta.dirname, 'data', `last-run-load-scale-${scale}.md`), text);
    return text;
  } finally {
    server?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
};
