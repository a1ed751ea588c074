/**
 * The jobs worker of one server instance: claims queued jobs one at a time (FOR UPDATE SKIP LOCKED:
 * any number of instances share the queue, each job runs once), wakes when a job is queued here or
 * every `pollMs`, puts back jobs of instances that died, and on stop finishes the job in hand.
 */

import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { JobProgress } from '@trellis/contracts';
import { type BlobStore, type Database, requeueStaleJobsUseCase, runNextJobUseCase } from '@trellis/core';
import type { FastifyBaseLogger } from 'fastify';

export interface JobWorker {
  readonly id: string;
  /** Wake the worker now (a job was just queued). */
  notify(): void;
  /** Live progress of the jobs this instance is running. */
  progress(jobId: string): JobProgress | undefined;
  /** Stop claiming; resolves when the job in hand (if any) has finished. */
  stop(): Promise<void>;
}

export const startJobWorker = (
  db: Database,
  opts: {
    /** Where import jobs find their files. */
    importFiles: BlobStore;
    log: FastifyBaseLogger;
    today: () => string;
    pollMs?: number;
    /** A running job silent this long is taken for stalled (default 600 s). */
    staleSeconds?: number;
    /** How often this instance sweeps for stalled jobs (default a minute). */
    sweepEveryMs?: number;
    /** How often a job in hand beats (default 30 s): well inside the stale window. */
    heartbeatMs?: number;
  },
): JobWorker => {
  const id = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const live = new Map<string, JobProgress>();
  const pollMs = opts.pollMs ?? 1000;
  let stopped = false;
  let wake: (() => void) | undefined;
  let lastRequeue = 0;
  const sleep = () =>
    new Promise<void>((resolve) => {
      const t = setTimeout(resolve, pollMs);
      wake = () => {
        clearTimeout(t);
        resolve();
      };
    });
  const loop = async () => {
    while (!stopped) {
      try {
        if (Date.now() - lastRequeue > (opts.sweepEveryMs ?? 60_000)) {
          lastRequeue = Date.now();
          const n = await requeueStaleJobsUseCase(db, { staleSeconds: opts.staleSeconds }, opts.importFiles);
          if (n) opts.log.warn({ jobs: n }, 'requeued jobs whose worker stopped reporting');
        }
        const ran = await runNextJobUseCase(
          db,
          { worker: id },
          {
            importFiles: opts.importFiles,
            today: opts.today(),
            heartbeatMs: opts.heartbeatMs,
            onProgress: (jobId, p) => live.set(jobId, p),
            onError: (job, err) =>
              opts.log.error({ err, job: job.id, kind: job.kind }, 'job failed unexpectedly'),
          },
        );
        live.clear();
        if (!ran && !stopped) await sleep();
      } catch (err) {
        opts.log.error({ err }, 'jobs worker: could not claim a job');
        if (!stopped) await sleep();
      }
    }
  };
  const running = loop();
  return {
    id,
    notify: () => wake?.(),
    progress: (jobId) => live.get(jobId),
    async stop() {
      stopped = true;
      wake?.();
      await running;
    },
  };
};
