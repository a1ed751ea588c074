/**
 * Jobs are claimed with FOR UPDATE SKIP LOCKED, so any number of workers share one queue and each
 * job runs exactly once. On PostgreSQL this runs two `trellis serve` processes against one
 * database; on PGlite (one process per data directory) two workers in one process.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blobStore, type Caller, type Database, ensureOrg } from '@trellis/core';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openTestDatabase,
  type TestDatabase,
  testEngine,
} from '../../../packages/core/test/support/test-database.ts';
import { type JobWorker, startJobWorker } from '../src/jobs/job-worker.ts';

const CLI = join(import.meta.dirname, '../../../bin/trellis.js');
const JOBS = 40;
const caller: Caller = { orgId: 'scale', role: 'owner', label: 'scale-out test' };

let t: TestDatabase;
const processes: ChildProcess[] = [];
const workers: JobWorker[] = [];
/** One data directory for every instance: the import files are there (a shared volume in production). */
const dataDir = mkdtempSync(join(tmpdir(), 'trellis-scale-'));
const importFiles = blobStore(join(dataDir, 'imports'));

beforeAll(async () => {
  t = await openTestDatabase();
  await ensureOrg(t.db, 'scale');
});
afterAll(async () => {
  for (const p of processes) p.kill('SIGKILL');
  for (const w of workers) await w.stop();
  await t?.dispose();
});

/** Two servers (PostgreSQL) or two in-process workers (PGlite) on the one database. */
const startWorkers = async (db: Database): Promise<void> => {
  if (testEngine === 'pglite') {
    const log = pino({ level: 'silent' });
    for (let i = 0; i < 2; i++)
      workers.push(startJobWorker(db, { importFiles, log, today: () => '2026-10-01', pollMs: 20 }));
    return;
  }
  const [row] = await db.query<{ db: string }>('select current_database() as db');
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${row!.db}`;
  for (let i = 0; i < 2; i++) {
    const env = {
      ...process.env,
      DATABASE_URL: url.toString(),
      TRELLIS_DATA_DIR: dataDir,
      TRELLIS_JOBS_POLL_MS: '20',
      TRELLIS_LOG_LEVEL: 'warn',
    };
    const p = spawn('node', [CLI, 'serve', '--port', '0'], { env });
    processes.push(p);
    await new Promise<void>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`server ${i} did not start: ${out}`)), 50_000);
      p.stdout!.on('data', (d) => {
        out += d;
        if (out.includes('serving')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
  }
};

describe(`jobs on ${testEngine === 'postgres' ? 'two server processes' : 'two workers'} sharing one database`, () => {
  it(`runs each of ${JOBS} jobs exactly once, both workers taking part`, async () => {
    await startWorkers(t.db);
    // All 40 become visible at once (one transaction), so both workers race for them.
    const csvs = Array.from(
      { length: JOBS },
      (_, i) => `external_id,name,type,joined_on,lifecycle\nP-${i},Partner ${i},channel,2026-01-01,active\n`,
    );
    const files: string[] = [];
    for (const csv of csvs) {
      const file = await importFiles.receive('scale', [Buffer.from(csv)], 1_000_000);
      file.keep();
      files.push(file.sha256);
    }
    const jobs = await t.db.query<{ id: string }>(
      `insert into jobs (org_id, kind, payload, input_sha256, created_by_label)
       select 'scale', 'import', json_build_object('entity', 'partners', 'dryRun', false, 'filename', 'p' || i || '.csv',
              'size', length(x)), sha, $3
       from unnest($1::text[], $2::text[]) with ordinality as c(x, sha, i) returning id`,
      [csvs, files, caller.label],
    );
    const deadline = Date.now() + 120_000;
    let rows: { status: string; attempts: number; locked_by: string }[] = [];
    while (Date.now() < deadline) {
      rows = await t.db.query(`select status, attempts, locked_by from jobs where org_id = 'scale'`);
      if (rows.every((r) => r.status === 'done' || r.status === 'failed')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(rows).toHaveLength(JOBS);
    expect(rows.filter((r) => r.status === 'done')).toHaveLength(JOBS);
    expect(rows.every((r) => r.attempts === 1)).toBe(true);
    expect(new Set(rows.map((r) => r.locked_by)).size).toBe(2);
    // Exactly once, seen in what the jobs did: one partner and one audit entry per job.
    const [partners] = await t.db.query<{ n: number; distinct: number }>(
      `select count(*)::int as n, count(distinct external_id)::int as distinct from partners where org_id = 'scale'`,
    );
    expect(partners).toEqual({ n: JOBS, distinct: JOBS });
    const audits = await t.db.query<{ job: string; n: number }>(
      `select after->>'job' as job, count(*)::int as n from audit_log where org_id = 'scale' and action = 'import' group by 1`,
    );
    expect(audits).toHaveLength(JOBS);
    expect(audits.every((a) => a.n === 1)).toBe(true);
    expect(new Set(audits.map((a) => a.job))).toEqual(new Set(jobs.map((j) => j.id)));
    // Each file was removed once its job had ended.
    expect(files.filter((sha) => importFiles.path('scale', sha) !== undefined)).toEqual([]);
  });
});
