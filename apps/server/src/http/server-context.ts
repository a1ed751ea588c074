import type { BlobStore, Config, Database } from '@trellis/core';
import type { JobWorker } from '../jobs/job-worker.ts';

/** What every route can reach: the database, the configuration, the evidence store, the worker. */
export interface ServerContext {
  db: Database;
  config: Config;
  evidence: BlobStore;
  worker: JobWorker;
  /** The caller's clock as a date (YYYY-MM-DD), read at the edge. */
  today(): string;
}
