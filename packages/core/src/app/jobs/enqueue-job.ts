/** Queues a job for the caller's org, recorded as theirs; a worker of any instance takes it. */
import { insertJob } from '../../db/queries/jobs.ts';
import type { SqlClient } from '../../db/sql-client.ts';
import type { Caller } from '../accounts/caller.ts';
import type { Job } from './job.ts';
import type { JobKind, JobPayload } from './job-kinds.ts';

export const enqueueJobUseCase = async <K extends JobKind>(
  db: SqlClient,
  caller: Caller,
  {
    kind,
    payload,
    inputSha256,
  }: {
    kind: K;
    payload: JobPayload<K>;
    /** The file it reads, already in the store (job-upload.ts queues through here). */
    inputSha256?: string;
  },
): Promise<Job> =>
  insertJob(db, {
    orgId: caller.orgId,
    kind,
    payload,
    inputSha256,
    createdBy: caller.userId,
    createdByToken: caller.tokenId,
    createdByLabel: caller.label,
  });
