/**
 * Every job kind beats while it runs (issue "Hardening", defect 9): a running job whose heartbeat
 * is kept fresh is never taken for stalled by the sweep of another instance, so it never runs twice;
 * once it stops beating, the sweep puts it back in the queue.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepAlive, requeueStaleJobsUseCase, runClaimedJob } from '../src/app/jobs/run-job.ts';
import { claimJob, findJob, insertJob } from '../src/db/queries/jobs.ts';
import { blobStore } from '../src/files/blob-store.ts';
import { openTestDatabase, TEST_ORG, type TestDatabase } from './support/test-database.ts';

const importFiles = blobStore(mkdtempSync(join(tmpdir(), 'trellis-heartbeat-')));

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t?.dispose());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** A claimed job whose last heartbeat is `ageSeconds` old. */
const runningJob = async (kind: string, ageSeconds: number) => {
  const { id } = await insertJob(t.db, { orgId: TEST_ORG, kind, payload: {}, createdByLabel: 'test' });
  const claimed = await claimJob(t.db, 'instance-1');
  expect(claimed?.id).toBe(id);
  await t.db.query(`update jobs set heartbeat_at = now() - make_interval(secs => $2) where id = $1`, [
    id,
    ageSeconds,
  ]);
  return claimed!;
};

describe('job heartbeats', () => {
  it.each([
    'import',
    'readiness.score',
    'assessment',
  ])('a %s job kept alive is not swept; one that stops is', async (kind) => {
    const job = await runningJob(kind, 3600);
    const stop = keepAlive(t.db, job.id, 20);
    await sleep(150);
    stop();
    // Another instance's sweep with a one-minute window: the job is alive, not requeued.
    await requeueStaleJobsUseCase(t.db, { staleSeconds: 60 }, importFiles);
    expect((await findJob(t.db, TEST_ORG, job.id))?.status).toBe('running');
    // It stops beating (its instance died): the next sweep past the window requeues it.
    await t.db.query(`update jobs set heartbeat_at = now() - interval '2 minutes' where id = $1`, [job.id]);
    await requeueStaleJobsUseCase(t.db, { staleSeconds: 60 }, importFiles);
    expect((await findJob(t.db, TEST_ORG, job.id))?.status).toBe('queued');
    await t.db.query(`delete from jobs where id = $1`, [job.id]);
  });

  it('runClaimedJob beats for the whole run and stops when the job ends', async () => {
    const job = await runningJob('no-such-kind', 3600);
    await runClaimedJob(t.db, job, { importFiles, today: '2026-12-05', heartbeatMs: 10 });
    expect((await findJob(t.db, TEST_ORG, job.id))?.status).toBe('failed');
    const beat = async () =>
      (
        (await t.db.query<{ at: string }>('select heartbeat_at::text as at from jobs where id = $1', [
          job.id,
        ])) as [{ at: string }]
      )[0].at;
    const atEnd = await beat();
    await sleep(60);
    // No beat after the end (the timer stopped with the job).
    expect(await beat()).toBe(atEnd);
  });
});
