/**
 * An import job's file in the store's import area (app/jobs/job-upload.ts): two jobs of the same
 * bytes share it, so it goes only when neither still has to run; evidence with the same sha256 lives
 * in its own store and is never touched; a job whose file is missing fails saying so; a stalled
 * import that is given up releases its file.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../src/app/accounts/caller.ts';
import { enqueueJobWithUpload, releaseUpload } from '../src/app/jobs/job-upload.ts';
import { requeueStaleJobsUseCase, runNextJobUseCase } from '../src/app/jobs/run-job.ts';
import { findJob } from '../src/db/queries/jobs.ts';
import { blobStore } from '../src/files/blob-store.ts';
import { openTestDatabase, TEST_ORG, type TestDatabase } from './support/test-database.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t?.dispose());

const dataDir = mkdtempSync(join(tmpdir(), 'trellis-job-upload-'));
const importFiles = blobStore(join(dataDir, 'imports'));
const evidence = blobStore(join(dataDir, 'evidence'));
const caller: Caller = { orgId: TEST_ORG, role: 'owner', label: 'job-upload test' };
const csv = 'external_id,name,type,joined_on,lifecycle\nJU-1,One,channel,2026-01-01,active\n';

const queue = async (text: string) => {
  const upload = await importFiles.receive(TEST_ORG, [Buffer.from(text)], 1_000_000);
  const payload = { entity: 'partners' as const, dryRun: true, filename: 'p.csv', size: upload.size };
  return enqueueJobWithUpload(t.db, importFiles, caller, 'import', payload, upload);
};

const setStatus = (id: string, status: string) =>
  t.db.query('update jobs set status = $2 where id = $1', [id, status]);

describe('an import job’s file', () => {
  it('is shared by two jobs of the same bytes and removed when neither still has to run', async () => {
    const first = await queue(csv);
    const second = await queue(csv);
    expect(second.inputSha256).toBe(first.inputSha256);
    const sha = first.inputSha256!;
    await setStatus(first.id, 'done');
    await releaseUpload(t.db, importFiles, TEST_ORG, sha);
    expect(importFiles.path(TEST_ORG, sha)).toBeDefined();
    await setStatus(second.id, 'failed');
    await releaseUpload(t.db, importFiles, TEST_ORG, sha);
    expect(importFiles.path(TEST_ORG, sha)).toBeUndefined();
  });

  it('never touches evidence with the same sha256', async () => {
    const sha = evidence.put(TEST_ORG, Buffer.from(csv));
    const job = await queue(csv);
    expect(job.inputSha256).toBe(sha);
    await setStatus(job.id, 'done');
    await releaseUpload(t.db, importFiles, TEST_ORG, sha);
    expect(importFiles.path(TEST_ORG, sha)).toBeUndefined();
    expect(evidence.path(TEST_ORG, sha)).toBeDefined();
  });

  it('is read by the worker, and released once the job has ended', async () => {
    const job = await queue(`${csv}JU-2,Two,channel,2026-01-01,active\n`);
    while (await runNextJobUseCase(t.db, { worker: 'test-worker' }, { importFiles, today: '2026-12-05' }));
    const done = await findJob(t.db, TEST_ORG, job.id);
    expect(done?.status, JSON.stringify(done?.error)).toBe('done');
    expect(done?.result).toMatchObject({ rows: 2, dryRun: true });
    expect(importFiles.path(TEST_ORG, job.inputSha256!)).toBeUndefined();
  });

  it('when missing, fails the job saying the upload is no longer stored', async () => {
    const job = await queue(`${csv}JU-3,Three,channel,2026-01-01,active\n`);
    importFiles.remove(TEST_ORG, job.inputSha256!);
    while (await runNextJobUseCase(t.db, { worker: 'test-worker' }, { importFiles, today: '2026-12-05' }));
    const failed = await findJob(t.db, TEST_ORG, job.id);
    expect(failed?.status).toBe('failed');
    expect(failed?.error).toMatchObject({
      code: 'NOT_FOUND',
      message: 'p.csv: the upload is no longer stored; upload the file again',
    });
  });

  it('is released when a stalled import is given up, kept while it is queued again', async () => {
    const stalled = async (attempts: number, text: string) => {
      const job = await queue(text);
      await t.db.query(
        `update jobs set status = 'running', attempts = $2, heartbeat_at = now() - interval '1 hour' where id = $1`,
        [job.id, attempts],
      );
      return job;
    };
    const givenUp = await stalled(3, `${csv}JU-4,Four,channel,2026-01-01,active\n`);
    const again = await stalled(1, `${csv}JU-5,Five,channel,2026-01-01,active\n`);
    await requeueStaleJobsUseCase(t.db, { staleSeconds: 60 }, importFiles);
    expect((await findJob(t.db, TEST_ORG, givenUp.id))?.status).toBe('failed');
    expect(importFiles.path(TEST_ORG, givenUp.inputSha256!)).toBeUndefined();
    expect((await findJob(t.db, TEST_ORG, again.id))?.status).toBe('queued');
    expect(importFiles.path(TEST_ORG, again.inputSha256!)).toBeDefined();
  });
});
