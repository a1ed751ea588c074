/**
 * Background work as use-cases: enqueue (an import upload, a re-scoring, an assessment), look a job
 * up, and run the next queued one. A job runs in its org's scope, as the person who queued it
 * (for the audit log); its outcome is a result or the problem that stopped it.
 */
import { countJobs, findJob, finishJob, insertJob, type JobRow, listJobs } from '../../db/queries/jobs.ts';
import type { Database, SqlClient } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import type { Caller } from '../accounts/caller.ts';
import type { JobKind, JobPayload } from './job-kinds.ts';

/** A job as clients see it (an import's file stays in the store: job-upload.ts). */
export type Job = JobRow;

/** What a failed job reports: the same fields as a problem+json body. */
export interface JobError {
  code: string;
  message: string;
  issues: unknown[];
  /** An import's grouping: total, byColumn (see IMPORT_REJECTED). */
  [extra: string]: unknown;
}

export const enqueueJob = async <K extends JobKind>(
  db: SqlClient,
  caller: Caller,
  kind: K,
  payload: JobPayload<K>,
  /** The file it reads, already in the store (job-upload.ts queues through here). */
  inputSha256?: string,
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

export const getJobUseCase = async (db: Database, caller: Caller, id: string): Promise<Job> => {
  const job = /^[0-9a-f-]{36}$/.test(id) ? await findJob(db, caller.orgId, id) : undefined;
  if (!job) throw new AppError('NOT_FOUND', 'No such job');
  return job;
};

export const listJobsUseCase = async (
  db: Database,
  caller: Caller,
  page: { limit: number; offset: number },
) => ({
  items: await listJobs(db, caller.orgId, page.limit, page.offset),
  total: await countJobs(db, caller.orgId),
});

export const jobErrorOf = (err: unknown): JobError =>
  err instanceof AppError
    ? { code: err.code, message: err.message, issues: err.issues.slice(0, 1000), ...err.extra }
    : {
        code: 'INTERNAL',
        message: 'The job failed unexpectedly; the server log has the details',
        issues: [],
      };

export const completeJob = (db: Database, id: string, result: unknown) =>
  finishJob(db, id, { status: 'done', result });
export const failJob = (db: Database, id: string, err: unknown) =>
  finishJob(db, id, { status: 'failed', error: jobErrorOf(err) });
