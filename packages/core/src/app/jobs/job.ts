/**
 * A job: background work (an import upload, a re-scoring, an assessment) that runs in its org's
 * scope as the person who queued it (for the audit log); its outcome is a result or the problem
 * that stopped it.
 */
import type { JobError } from '@trellis/contracts';
import { finishJob, type JobRow } from '../../db/queries/jobs.ts';
import type { Database } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';

/** A job as clients see it (an import's file stays in the store: job-upload.ts). */
export type Job = JobRow;

/** What a failed job reports: the same fields as a problem+json body (the contracts' JobError). */
export type { JobError };

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
