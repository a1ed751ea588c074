/**
 * `npm run api:types`: writes apps/server/test/generated/openapi.d.ts, the TypeScript types of the
 * API (openapi-typescript) generated from the OpenAPI document the server serves. A test
 * (apps/server/test/openapi-client.test.ts) calls the server through them with openapi-fetch, and
 * fails when the committed file differs from what the live document generates: rerun this then.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '@trellis/core';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { buildApp } from '../apps/server/src/app.ts';
import type { ServerContext } from '../apps/server/src/http/server-context.ts';

export const API_TYPES_FILE = join(import.meta.dirname, '../apps/server/test/generated/openapi.d.ts');

const HEADER =
  '// Generated from /api/openapi.json by `npm run api:types` (scripts/api-types.ts): do not edit.\n';

/** The types file for an OpenAPI document, byte for byte what the script writes. */
export const apiTypesFrom = async (doc: unknown): Promise<string> =>
  HEADER + astToString(await openapiTS(doc as OpenAPI3, { silent: true }));

/**
 * The document as the server serves it. The document is made from the route declarations alone,
 * so the app is built without a database (nothing here reaches one).
 */
const servedDocument = async (): Promise<unknown> => {
  const server = {
    config: loadConfig({ TRELLIS_DATA_DIR: mkdtempSync(join(tmpdir(), 'trellis-api-types-')) }),
  } as ServerContext;
  const app = await buildApp(server, { logger: false });
  const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
  await app.close();
  if (res.statusCode !== 200) throw new Error(`/api/openapi.json answered ${res.statusCode}`);
  return res.json();
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(API_TYPES_FILE, await apiTypesFrom(await servedDocument()));
  process.stderr.write(`wrote ${API_TYPES_FILE}\n`);
}
