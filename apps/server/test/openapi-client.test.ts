/**
 * A client generated from the OpenAPI document works against the server: openapi-fetch, typed by
 * the committed types of `npm run api:types` (generated/openapi.d.ts), signs in and reads, over
 * HTTP on loopback. The committed types must be what the live document generates today, so they
 * can never go stale unnoticed.
 */
import { readFileSync } from 'node:fs';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_TYPES_FILE, apiTypesFrom } from '../../../scripts/api-types.ts';
import type { paths } from './generated/openapi.d.ts';
import { DEMO_PASSWORD, startTestServer, type TestServer } from './support/test-server.ts';

let s: TestServer;
let baseUrl: string;

beforeAll(async () => {
  s = await startTestServer();
  baseUrl = await s.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => s?.close());

/** Signs in through the generated client and returns one that sends the session cookie. */
const signedIn = async (email: string) => {
  const anonymous = createClient<paths>({ baseUrl });
  const { data, error, response } = await anonymous.POST('/api/v1/auth/sign-in', {
    body: { email, password: DEMO_PASSWORD },
  });
  expect(error).toBeUndefined();
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('trellis_session='));
  expect(cookie).toBeDefined();
  return {
    session: data!,
    client: createClient<paths>({ baseUrl, headers: { cookie: cookie!, 'x-csrf-token': data!.csrfToken } }),
  };
};

describe('a client generated from the OpenAPI document', () => {
  it('signs in, lists partners a page at a time and reads one, typed end to end', async () => {
    const { session, client } = await signedIn('owner@demo.trellis.test');
    expect(session.memberships.map((m) => m.orgId)).toContain('demo');

    const list = await client.GET('/api/v1/orgs/{org}/partners', {
      params: { path: { org: 'demo' }, query: { limit: 3 } },
    });
    expect(list.response.status).toBe(200);
    expect(list.data!.items).toHaveLength(3);
    expect(list.data!.limit).toBe(3);
    expect(list.data!.total).toBeGreaterThan(3);

    const first = list.data!.items[0]!;
    // Record columns are typed nullable (the record schema); a partner's external id never is.
    expect(first.external_id).toEqual(expect.any(String));
    const one = await client.GET('/api/v1/orgs/{org}/partners/{id}', {
      params: { path: { org: 'demo', id: first.external_id as string } },
    });
    expect(one.data!.name).toBe(first.name);
  });

  it('gets the documented problem for an error', async () => {
    const { client } = await signedIn('owner@demo.trellis.test');
    const missing = await client.GET('/api/v1/orgs/{org}/partners/{id}', {
      params: { path: { org: 'demo', id: 'NO-SUCH-PARTNER' } },
    });
    expect(missing.response.status).toBe(404);
    expect(missing.error!.status).toBe(404);
    expect(missing.error!.title).toEqual(expect.any(String));
  });

  it('the committed types are what the live document generates (else: npm run api:types)', async () => {
    const doc = await (await fetch(`${baseUrl}/api/openapi.json`)).json();
    expect(await apiTypesFrom(doc)).toBe(readFileSync(API_TYPES_FILE, 'utf8'));
  });
});
