import type { BlobStore, Config, Database, Slots } from '@trellis/core';
import type { JobWorker } from '../jobs/job-worker.ts';
import type { DocumentCache } from './document-cache.ts';
import type { InFlight } from './in-flight.ts';

/** What every route can reach: the database, the configuration, the stores, the worker. */
export interface ServerContext {
  db: Database;
  config: Config;
  evidence: BlobStore;
  /** Import uploads waiting for their job (apart from evidence: app/jobs/job-upload.ts). */
  importFiles: BlobStore;
  worker: JobWorker;
  /** Report documents by org, assessment, part and version. */
  documents: DocumentCache;
  /** Uploads being read: only so many at once (http/upload-gate.ts). */
  uploads: Slots;
  /** Requests being handled (shutdown waits for them). */
  inFlight: InFlight;
  /** The caller's clock as a date (YYYY-MM-DD), read at the edge. */
  today(): string;
}
