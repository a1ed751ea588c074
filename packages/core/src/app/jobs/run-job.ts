/**
 * Runs claimed jobs: claims the oldest queued one (FOR UPDATE SKIP LOCKED, so each job runs on
 * exactly one instance), runs its handler in the job's org scope and records the outcome.
 */

import type { JobProgress } from '@trellis/contracts';
import { briefFromValue } from '../../briefs/load-brief.ts';
import { beatJob, claimJob, type JobRow, reportProgress, requeueStale } from '../../db/queries/jobs.ts';
import type { Database } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import type { BlobStore } from '../../files/blob-store.ts';
import { loadProgramFramework, loadTierPolicy } from '../../frameworks/load-framework.ts';
import { type Caller, systemCaller } from '../accounts/caller.ts';
import { assessProgramUseCase } from '../assessments/assess-program.ts';
import { runImportUseCase } from '../imports/run-import.ts';
import { scorePartnersUseCase, scoringContext } from '../readiness/score-partners.ts';
import { completeJob, failJob } from './job.ts';
import { type JobKind, jobPayloads } from './job-kinds.ts';
import { jobUploadSource, releaseUpload } from './job-upload.ts';

export interface RunContext {
  /** The store's import area, where an import job's file waits (job-upload.ts). */
  importFiles: BlobStore;
  /** The caller's clock (YYYY-MM-DD), read at the edge. */
  today: string;
  /** Progress as it happens (the server keeps it in memory too: PGlite has one connection). */
  onProgress?: (jobId: string, p: JobProgress) => void;
  /** Unexpected failures, for the server log. */
  onError?: (job: JobRow, err: unknown) => void;
  /** How often a running job says it is alive, ms (default 30 s; the stale window is 10 min). */
  heartbeatMs?: number;
}

/**
 * Beats for a job while its handler runs, whatever its kind (imports also beat with their
 * progress): a long scoring or assessment is never taken for stalled and run a second time.
 */
export const keepAlive = (db: Database, jobId: string, everyMs = 30_000): (() => void) => {
  const timer = setInterval(() => {
    beatJob(db, jobId).catch(() => {});
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
};

type Handler = (
  db: Database,
  job: JobRow,
  caller: Caller,
  ctx: RunContext,
  base: Database,
) => Promise<unknown>;

const handlers: Record<JobKind, Handler> = {
  async import(db, job, caller, ctx, base) {
    const p = jobPayloads.import.parse(job.payload);
    const source = await jobUploadSource(ctx.importFiles, job, p);
    const progress = (rows: number, read: number, stage: string) => {
      const report: JobProgress = {
        rows,
        bytes: read,
        totalBytes: p.size,
        fraction: p.size > 0 ? Math.min(1, read / p.size) : null,
        stage,
      };
      ctx.onProgress?.(job.id, report);
      // Not awaited: on PGlite this waits for the import's transaction, on PostgreSQL it does not.
      reportProgress(base, job.id, report).catch(() => {});
    };
    progress(0, 0, 'reading');
    const plan = {
      entity: p.entity,
      mapping: p.mapping,
      dateOrder: p.dateOrder,
      sheet: p.sheet,
      dryRun: p.dryRun,
    };
    const result = await runImportUseCase(db, caller, {
      plan,
      source,
      onProgress: ({ rows, bytes: read }) => progress(rows, read, 'reading'),
      job: job.id,
    });
    progress(result.rows, p.size, 'done');
    return result;
  },
  async 'score-readiness'(db, job, caller) {
    const p = jobPayloads['score-readiness'].parse(job.payload);
    const report = await scorePartnersUseCase(db, caller, {
      asOf: p.asOf,
      context: scoringContext(loadTierPolicy(p.policyVersion)),
    });
    return { asOf: report.asOf, policy: report.policy, summary: report.summary };
  },
  async 'assess-program'(db, job, caller, ctx) {
    const p = jobPayloads['assess-program'].parse(job.payload);
    const out = await assessProgramUseCase(db, caller, {
      brief: briefFromValue(p.brief),
      briefName: p.briefName,
      framework: loadProgramFramework(p.frameworkVersion),
      asOf: p.asOf,
      today: ctx.today,
    });
    return { assessment: out.assessmentId, asOf: out.report.asOf, overall: out.report.summary.overall };
  },
};

/** The job's use-case runs as the person (or token) who queued it, as the audit log names them. */
const callerOfJob = (job: JobRow): Caller => ({
  ...systemCaller(job.orgId, job.createdByLabel),
  userId: job.createdBy ?? undefined,
  tokenId: job.createdByToken ?? undefined,
  requestId: `job:${job.id}`,
});

/** Runs one claimed job to its end (never throws: the outcome is recorded on the job). */
export const runClaimedJob = async (db: Database, job: JobRow, ctx: RunContext): Promise<void> => {
  const stop = keepAlive(db, job.id, ctx.heartbeatMs);
  try {
    const handler = handlers[job.kind as JobKind];
    if (!handler) throw new AppError('INVALID_INPUT', `Unknown job kind ${job.kind}`);
    const result = await handler(db.forOrg(job.orgId), job, callerOfJob(job), ctx, db);
    await completeJob(db, job.id, result);
  } catch (err) {
    if (!(err instanceof AppError)) ctx.onError?.(job, err);
    try {
      await failJob(db, job.id, err);
    } catch (recording) {
      // The failure itself could not be stored: record a generic one, never leave the job running.
      ctx.onError?.(job, recording);
      await failJob(db, job.id, new Error('unrecordable failure'));
    }
  } finally {
    stop();
  }
  // The outcome is final (this never requeues): the file is no longer needed.
  if (job.inputSha256)
    await releaseUpload(db, ctx.importFiles, job.orgId, job.inputSha256).catch((err) =>
      ctx.onError?.(job, err),
    );
};

/** Claims and runs the oldest queued job; false when the queue is empty. */
export const runNextJobUseCase = async (
  db: Database,
  { worker }: { worker: string },
  ctx: RunContext,
): Promise<boolean> => {
  const job = await claimJob(db, worker);
  if (!job) return false;
  await runClaimedJob(db, job, ctx);
  return true;
};

/**
 * Puts jobs of instances that stopped reporting back in the queue, or fails them after
 * MAX_JOB_ATTEMPTS (their files are released then); returns how many.
 */
export const requeueStaleJobsUseCase = async (
  db: Database,
  { staleSeconds = 600 }: { staleSeconds?: number },
  importFiles: BlobStore,
): Promise<number> => {
  const jobs = await requeueStale(db, staleSeconds);
  for (const job of jobs)
    if (job.status === 'failed' && job.inputSha256)
      await releaseUpload(db, importFiles, job.orgId, job.inputSha256);
  return jobs.length;
};
