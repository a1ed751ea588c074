/**
 * The file an import job reads lives in the store's import area (content-addressed per org, apart
 * from evidence), named by the job's `input_sha256`. Two uploads of the same bytes share one file,
 * so a finished job removes it only when no job of the org still to run names it; that check and
 * the queueing of a new job with the same bytes take the same lock, so neither can slip between
 * the other's look and its act.
 */
import { lockUpload, uploadInUse } from '../../db/queries/jobs.ts';
import type { Database } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import type { BlobStore, ReceivedBlob } from '../../files/blob-store.ts';
import { fileSource } from '../../files/file-source.ts';
import type { CsvSource } from '../../importers/csv-source.ts';
import type { Caller } from '../accounts/caller.ts';
import { enqueueJobUseCase } from './enqueue-job.ts';
import type { Job } from './job.ts';
import type { JobKind, JobPayload } from './job-kinds.ts';

/** Keeps the received file in the store and queues the job that reads it, together. */
export const enqueueJobWithUpload = async <K extends JobKind>(
  db: Database,
  store: BlobStore,
  caller: Caller,
  kind: K,
  payload: JobPayload<K>,
  upload: ReceivedBlob,
): Promise<Job> => {
  try {
    return await db.transaction(async (tx) => {
      await lockUpload(tx, caller.orgId, upload.sha256);
      upload.keep();
      return enqueueJobUseCase(tx, caller, { kind, payload, inputSha256: upload.sha256 });
    });
  } catch (err) {
    upload.discard();
    // Kept but not queued: removed unless another job reads the same bytes.
    await releaseUpload(db, store, caller.orgId, upload.sha256);
    throw err;
  }
};

/** Removes the org's upload `sha256` unless a job still to run reads it (called once a job has ended). */
export const releaseUpload = (db: Database, store: BlobStore, orgId: string, sha256: string) =>
  db.transaction(async (tx) => {
    await lockUpload(tx, orgId, sha256);
    if (!(await uploadInUse(tx, orgId, sha256))) store.remove(orgId, sha256);
  });

/** The job's upload as an import source, streamed from the store. */
export const jobUploadSource = (
  store: BlobStore,
  job: Pick<Job, 'orgId' | 'inputSha256'>,
  file: { filename: string; size: number },
): Promise<CsvSource> => {
  const path = job.inputSha256 ? store.path(job.orgId, job.inputSha256) : undefined;
  if (!path)
    throw new AppError(
      'NOT_FOUND',
      `${file.filename}: the upload is no longer stored; upload the file again`,
    );
  return fileSource(file.filename, path, file.size);
};
