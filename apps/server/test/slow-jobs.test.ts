/**
 * A job longer than the stale window is not run twice (issue "Hardening", defect 9): two workers
 * share one queue, each sweeping every 100 ms for jobs silent for a second, and every job kind is
 * made to take two seconds (its org's first statement waits). Each kind beats while it runs, so each
 * job is claimed once and does its work once. The control — the same without beats — is run twice,
 * so the test would catch a kind that stopped beating.
 */
import type { Database } from '@trellis/core';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type JobWorker, startJobWorker } from '../src/jobs/job-worker.ts';
import { type Client, startTestServer, type TestServer, TODAY } from './support/test-server.ts';

const V1 = '/api/v1/orgs/demo';
const SLOW_MS = 2_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** An org's view whose first statement waits `ms`: the job's work is slow, its beats are not. */
const slowFirstStatement = (view: Database, ms: number): Database => {
  let waited: Promise<unknown> | undefined;
  const wait = () => {
    waited ??= sleep(ms);
    return waited;
  };
  return {
    engine: view.engine,
    query: async (text, params) => {
      await wait();
      return view.query(text, params);
    },
    transaction: async (fn) => {
      await wait();
      return view.transaction(fn);
    },
    forOrg: (org) => view.forOrg(org),
    close: () => view.close(),
  };
};

/** The database as the workers see it: every org view slow to start. */
const slowJobs = (db: Database): Database => ({
  engine: db.engine,
  query: (text, params) => db.query(text, params),
  transaction: (fn) => db.transaction(fn),
  forOrg: (org) => slowFirstStatement(db.forOrg(org), SLOW_MS),
  close: () => db.close(),
});

let s: TestServer;
let owner: Client;
const workers: JobWorker[] = [];

const startWorkers = async (heartbeatMs: number) => {
  for (const w of workers.splice(0)) await w.stop();
  for (let i = 0; i < 2; i++)
    workers.push(
      startJobWorker(slowJobs(s.db), {
        importFiles: s.server.importFiles,
        log: pino({ level: 'silent' }),
        today: () => TODAY,
        pollMs: 20,
        staleSeconds: 1,
        sweepEveryMs: 100,
        heartbeatMs,
      }),
    );
};

const jobRow = async (id: string) =>
  (
    await s.db.query<{ status: string; attempts: number }>(
      'select status, attempts from jobs where id = $1',
      [id],
    )
  )[0]!;

const finished = async (id: string) => {
  for (let i = 0; i < 600; i++) {
    const row = await jobRow(id);
    if (row.status === 'done' || row.status === 'failed') return row;
    await sleep(50);
  }
  throw new Error(`job ${id} did not finish`);
};

/** Audit entries written by the job (each kind records its work once per run). */
const auditsOf = async (action: string, since: string) =>
  (
    await s.db.query<{ n: number }>(
      `select count(*)::int as n from audit_log where org_id = 'demo' and action = $1 and at > $2::timestamptz`,
      [action, since],
    )
  )[0]!.n;

beforeAll(async () => {
  s = await startTestServer();
  owner = await s.signIn('owner@demo.trellis.test');
  // The server's own worker steps aside: the two slow workers below share the queue.
  await s.server.worker.stop();
});
afterAll(async () => {
  for (const w of workers) await w.stop();
  await s?.close();
});

describe('slow jobs on two workers with a one-second stale window', () => {
  it('each kind, beating every 200 ms, is claimed once and does its work once', async () => {
    await startWorkers(200);
    const since = (await s.db.query<{ now: string }>('select now()::text as now'))[0]!.now;
    const brief = (await owner.get(`${V1}/assessments/latest/brief`)).data;
    const started = [
      await owner.request(
        'POST',
        `${V1}/imports/partners`,
        'external_id,name,type,joined_on,lifecycle\nSLOW-1,Slow Partner,channel,2026-01-01,active\n',
        {
          'content-type': 'text/csv',
        },
      ),
      await owner.post(`${V1}/readiness/scorings`, { asOf: '2026-09-30' }),
      await owner.post(`${V1}/assessments`, { brief, asOf: '2026-09-30' }),
    ];
    for (const res of started) expect(res.statusCode, res.body).toBe(202);
    const rows = await Promise.all(started.map((res) => finished(res.data.id)));
    expect(rows).toEqual([
      { status: 'done', attempts: 1 },
      { status: 'done', attempts: 1 },
      { status: 'done', attempts: 1 },
    ]);
    expect(await auditsOf('import', since)).toBe(1);
    expect(await auditsOf('readiness.score', since)).toBe(1);
    expect(await auditsOf('assessment.create', since)).toBe(1);
  });

  it('control: the same import without beats inside the window is taken again', async () => {
    await startWorkers(60_000);
    const res = await owner.request(
      'POST',
      `${V1}/imports/partners`,
      'external_id,name,type,joined_on,lifecycle\nSLOW-2,Slower Partner,channel,2026-01-01,active\n',
      {
        'content-type': 'text/csv',
      },
    );
    const row = await finished(res.data.id);
    expect(row.attempts).toBeGreaterThan(1);
  });
});
