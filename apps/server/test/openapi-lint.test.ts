/**
 * The OpenAPI document is valid: Redocly's recommended ruleset finds no error in /api/openapi.json
 * as the server serves it (every `$ref` resolves to a published component, every operation says
 * who may call it), so client generators can use it. Offline: Redocly lints a string, no fetch.
 */
import { createConfig, lintFromString, type NormalizedProblem } from '@redocly/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server.ts';

let s: TestServer;
// biome-ignore lint/suspicious/noExplicitAny: the document is read field by field
let doc: any;
let problems: NormalizedProblem[];

const line = (p: NormalizedProblem) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? '?'}`;

beforeAll(async () => {
  s = await startTestServer({ demo: false });
  const res = await s.anonymous.get('/api/openapi.json');
  expect(res.statusCode).toBe(200);
  doc = res.data;
  const config = await createConfig({ extends: ['recommended'] });
  problems = await lintFromString({ source: res.body, absoluteRef: 'openapi.json', config });
});
afterAll(() => s?.close());

describe('the OpenAPI document under Redocly lint', () => {
  it('has no error under the recommended ruleset', () => {
    expect(problems.filter((p) => p.severity === 'error').map(line)).toEqual([]);
  });

  it('warns only where nothing truthful can be added: no license, and two public reads that cannot fail', () => {
    // The project states no license; GET /setup and GET /auth/status take no input and no credentials.
    expect(
      problems
        .filter((p) => p.severity === 'warn')
        .map(line)
        .sort(),
    ).toEqual([
      'info-license: Info object should contain `license` field. at #/info',
      'operation-4xx-response: Operation must have at least one `4XX` response. at #/paths/~1api~1v1~1auth~1status/get/responses',
      'operation-4xx-response: Operation must have at least one `4XX` response. at #/paths/~1api~1v1~1setup/get/responses',
    ]);
  });

  it('publishes each named schema once, under its name, and only those the operations use', () => {
    const names = Object.keys(doc.components.schemas);
    expect(names).toEqual(
      expect.arrayContaining(['Problem', 'PartnersRecord', 'Session', 'Job', 'Assessment']),
    );
    const text = JSON.stringify(doc.paths);
    const referenced = new Set([...text.matchAll(/#\/components\/schemas\/([^"]+)/g)].map((m) => m[1]));
    for (const name of referenced) expect(names).toContain(name);
    // …and nothing nobody points at (the input twins no request uses: http/unused-schemas.ts).
    const all = JSON.stringify({ ...doc, components: { ...doc.components, schemas: undefined } });
    const reachable = (name: string) =>
      all.includes(`schemas/${name}"`) ||
      Object.entries(doc.components.schemas).some(
        ([other, schema]) => other !== name && JSON.stringify(schema).includes(`schemas/${name}"`),
      );
    expect(names.filter((n) => !reachable(n))).toEqual([]);
  });

  it('names every operation uniquely and marks public ones with an empty security list', () => {
    const ops = Object.values(doc.paths).flatMap((item) => Object.values(item as object));
    const ids = ops.map((op) => op.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z0-9]*$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.paths['/api/v1/orgs/{org}/partners'].get.operationId).toBe('getOrgPartners');
    expect(doc.paths['/api/v1/auth/sign-in'].post.security).toEqual([]);
    expect(doc.paths['/api/v1/orgs/{org}/partners'].get.security).toEqual([{ session: [] }, { bearer: [] }]);
  });
});
