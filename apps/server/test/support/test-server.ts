/**
 * An in-process Trellis server on the test engine (PGlite in memory, or a fresh PostgreSQL
 * database when TEST_DATABASE_URL is set), with the demo org loaded, its jobs worker running, and
 * clients that speak to it through Fastify's inject (no network).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  blobStore,
  type Caller,
  createApiTokenUseCase,
  type Database,
  ensureDemoOrgUseCase,
  loadConfig,
  type Role,
  readExampleDirectory,
  Slots,
} from '@trellis/core';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { openTestDatabase } from '../../../../packages/core/test/support/test-database.ts';
import { buildApp } from '../../src/app.ts';
import { DocumentCache } from '../../src/http/document-cache.ts';
import { InFlight } from '../../src/http/in-flight.ts';
import type { ServerContext } from '../../src/http/server-context.ts';
import { type JobWorker, startJobWorker } from '../../src/jobs/job-worker.ts';

export const DEMO_PASSWORD = 'trellis-demo-test';
export const TODAY = '2026-10-15';

export interface Response extends LightMyRequestResponse {
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are read field by field in assertions
  data: any;
}

export interface Client {
  request(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  get(url: string): Promise<Response>;
  post(url: string, body?: unknown): Promise<Response>;
  patch(url: string, body?: unknown): Promise<Response>;
  put(url: string, body?: unknown): Promise<Response>;
  delete(url: string): Promise<Response>;
}

export interface TestServer {
  app: FastifyInstance;
  db: Database;
  server: ServerContext;
  /** A client with no credentials. */
  anonymous: Client;
  /** Signs in with email and password (session cookie + CSRF header on writes). */
  signIn(email: string, password?: string): Promise<Client>;
  /** A client with an API token of `role` in `org` (partner role: bound to `partner`). */
  tokenClient(role: Role, org?: string, partner?: string): Promise<Client>;
  /** Waits for a job to end and returns it. */
  // biome-ignore lint/suspicious/noExplicitAny: a job as JSON, read field by field in assertions
  waitForJob(client: Client, org: string, id: string): Promise<any>;
  close(): Promise<void>;
}

const parse = (res: LightMyRequestResponse): Response => {
  let data: unknown;
  try {
    data = res.body ? JSON.parse(res.body) : undefined;
  } catch {
    data = res.body;
  }
  return Object.assign(res, { data });
};

export const makeClient = (
  app: FastifyInstance,
  auth: { cookie?: string; csrf?: string; bearer?: string } = {},
): Client => {
  const request = async (
    method: string,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const h: Record<string, string> = { ...headers };
    if (auth.cookie) h.cookie = auth.cookie;
    if (auth.csrf && method !== 'GET') h['x-csrf-token'] = auth.csrf;
    if (auth.bearer) h.authorization = `Bearer ${auth.bearer}`;
    const payload =
      body === undefined
        ? undefined
        : typeof body === 'string' || Buffer.isBuffer(body)
          ? body
          : JSON.stringify(body);
    if (body !== undefined && !h['content-type']) h['content-type'] = 'application/json';
    return parse(await app.inject({ method: method as never, url, payload, headers: h }));
  };
  return {
    request,
    get: (url) => request('GET', url),
    post: (url, body) => request('POST', url, body),
    patch: (url, body) => request('PATCH', url, body),
    put: (url, body) => request('PUT', url, body),
    delete: (url) => request('DELETE', url),
  };
};

export const startTestServer = async (
  opts: { demo?: boolean; env?: Record<string, string> } = {},
): Promise<TestServer> => {
  const t = await openTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'trellis-server-'));
  const config = loadConfig({
    TRELLIS_DATA_DIR: dataDir,
    TRELLIS_DEMO_PASSWORD: DEMO_PASSWORD,
    TRELLIS_MAX_EVIDENCE_MB: '1',
    ...opts.env,
  });
  const server: ServerContext = {
    db: t.db,
    config,
    evidence: blobStore(join(dataDir, 'evidence')),
    importFiles: blobStore(join(dataDir, 'imports')),
    worker: undefined as unknown as JobWorker,
    inFlight: new InFlight(),
    uploads: new Slots(config.TRELLIS_UPLOAD_CONCURRENCY),
    documents: new DocumentCache(),
    today: () => TODAY,
  };
  if (opts.demo !== false)
    await ensureDemoOrgUseCase(t.db, {
      example: () => readExampleDirectory(),
      password: DEMO_PASSWORD,
      today: TODAY,
    });
  const app = await buildApp(server, { logger: false });
  server.worker = startJobWorker(t.db, {
    importFiles: server.importFiles,
    log: app.log,
    today: () => TODAY,
    pollMs: 25,
  });
  const owner: Caller = { orgId: 'demo', role: 'owner', label: 'test setup' };
  return {
    app,
    db: t.db,
    server,
    anonymous: makeClient(app),
    async signIn(email, password = DEMO_PASSWORD) {
      const res = await makeClient(app).post('/api/v1/auth/sign-in', { email, password });
      if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'trellis_session')!;
      return makeClient(app, { cookie: `trellis_session=${cookie.value}`, csrf: res.data.csrfToken });
    },
    async tokenClient(role, org = 'demo', partner) {
      const caller = { ...owner, orgId: org };
      const t2 = await createApiTokenUseCase(t.db.forOrg(org), caller, {
        name: `test ${role}`,
        role,
        partner: role === 'partner' ? (partner ?? 'P-A') : undefined,
      });
      return makeClient(app, { bearer: t2.token });
    },
    async waitForJob(client, org, id) {
      for (let i = 0; i < 600; i++) {
        const res = await client.get(`/api/v1/orgs/${org}/jobs/${id}`);
        if (res.data.status === 'done' || res.data.status === 'failed') return res.data;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`job ${id} did not finish`);
    },
    async close() {
      await app.close();
      await server.worker.stop();
      await t.dispose();
    },
  };
};
