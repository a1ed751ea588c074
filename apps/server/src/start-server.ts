/**
 * Starts Trellis as a service: opens (and migrates) the database — holding the data directory
 * exclusively on PGlite —, loads the demo org when asked, starts the jobs worker and the HTTP
 * server. `close()` (also on SIGTERM/SIGINT) stops accepting requests, lets in-flight requests and
 * the job in hand finish, then closes the database and releases the lock.
 */
import { join } from 'node:path';
import {
  blobStore,
  type Config,
  type DataDirLock,
  type DemoOrg,
  ensureDemoOrgUseCase,
  isSetupNeededUseCase,
  loadConfig,
  openDatabase,
  readExampleDirectory,
  Slots,
} from '@trellis/core';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { DocumentCache } from './http/document-cache.ts';
import { InFlight } from './http/in-flight.ts';
import type { ServerContext } from './http/server-context.ts';
import { loadWebAssets } from './http/web-app.ts';
import { type JobWorker, startJobWorker } from './jobs/job-worker.ts';

/** A temporary upload file older than this was left by a process that died while receiving it. */
const STALE_UPLOAD_MS = 3_600_000;

export interface StartOptions {
  port?: number;
  host?: string;
  /** Load the example program into the org `demo` when it is absent. */
  demo?: boolean;
  config?: Config;
  /** pino options, or false (tests). */
  logger?: boolean | Record<string, unknown>;
  /** Install SIGTERM/SIGINT handlers that shut down gracefully (the CLI does; tests do not). */
  handleSignals?: boolean;
  /** Job polling interval (tests use a short one). */
  pollMs?: number;
}

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  demo?: DemoOrg;
  /** No account exists yet: the first visitor sets up the org and its owner (POST /api/v1/setup). */
  setupNeeded: boolean;
  /** Whether the built web app is served at the URL (else only the API: run `npm run build`). */
  web: boolean;
  worker: JobWorker;
  close(): Promise<void>;
}

const today = () => new Date().toISOString().slice(0, 10);

export const startServer = async (opts: StartOptions = {}): Promise<RunningServer> => {
  const config = opts.config ?? loadConfig();
  let lock: DataDirLock | undefined;
  const db = await openDatabase(config, {
    command: 'trellis serve',
    onLock: (l) => {
      lock = l;
    },
    poolSize: config.TRELLIS_POOL_SIZE,
  });
  let closing = false;
  try {
    const demo = opts.demo
      ? await ensureDemoOrgUseCase(db, {
          example: () => readExampleDirectory(),
          password: config.TRELLIS_DEMO_PASSWORD,
          today: today(),
        })
      : undefined;
    const server: ServerContext = {
      db,
      config,
      evidence: blobStore(join(config.TRELLIS_DATA_DIR, 'evidence')),
      importFiles: blobStore(join(config.TRELLIS_DATA_DIR, 'imports')),
      worker: undefined as unknown as JobWorker,
      inFlight: new InFlight(),
      uploads: new Slots(config.TRELLIS_UPLOAD_CONCURRENCY),
      documents: new DocumentCache(),
      today,
    };
    const app = await buildApp(server, { logger: opts.logger, isReady: () => !closing });
    // An upload cut off by a crash leaves a temporary file; an hour is longer than any upload takes.
    const swept = [server.evidence, server.importFiles].reduce(
      (n, store) => n + store.sweepTemporary(Date.now() - STALE_UPLOAD_MS),
      0,
    );
    if (swept > 0) app.log.info({ swept }, 'removed temporary files of uploads cut off earlier');
    server.worker = startJobWorker(db, {
      importFiles: server.importFiles,
      log: app.log,
      today,
      pollMs: opts.pollMs ?? config.TRELLIS_JOBS_POLL_MS,
    });
    await app.listen({ port: opts.port ?? config.TRELLIS_PORT, host: opts.host ?? config.TRELLIS_HOST });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : opts.port;
    const host = opts.host ?? config.TRELLIS_HOST;
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    lock?.update({ url });
    const close = async () => {
      if (closing) return;
      closing = true;
      await app.close();
      await server.inFlight.drained();
      await server.worker.stop();
      await db.close();
    };
    if (opts.handleSignals) {
      const onSignal = (signal: string) => {
        app.log.info({ signal }, 'shutting down: finishing requests and the job in hand');
        close().then(
          () => process.exit(0),
          (err) => {
            app.log.error({ err }, 'shutdown failed');
            process.exit(1);
          },
        );
      };
      process.once('SIGTERM', onSignal);
      process.once('SIGINT', onSignal);
    }
    const web = loadWebAssets() !== null;
    return { app, url, demo, setupNeeded: await isSetupNeededUseCase(db), web, worker: server.worker, close };
  } catch (err) {
    await db.close();
    throw err;
  }
};
