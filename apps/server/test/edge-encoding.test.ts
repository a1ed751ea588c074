/**
 * What the re-run probe found at the edge (issue "Hardening"): bytes that are not UTF-8 in a JSON
 * body or a query are refused (they were stored as U+FFFD), a JSON route refuses other content
 * types with 415 before reading the body (it read text/plain whole, under the 2 GB upload limit),
 * and a multipart upload without its boundary is a 400 (it was a 500).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestServer, type TestServer } from './support/test-server.ts';

let s: TestServer;
let owner: Client;
const V1 = '/api/v1/orgs/demo';

beforeAll(async () => {
  s = await startTestServer();
  owner = await s.tokenClient('owner');
});
afterAll(() => s?.close());

const partnerCount = async () =>
  (await s.db.query<{ n: number }>(`select count(*)::int as n from partners where org_id = 'demo'`))[0]!.n;

describe('bytes that are not UTF-8', () => {
  it('in a JSON body: 400 naming the body, nothing stored', async () => {
    const before = await partnerCount();
    const body = Buffer.concat([
      Buffer.from('{"external_id":"BAD-1","name":"'),
      Buffer.from([0xed, 0xa0, 0x80, 0xff]),
      Buffer.from('","type":"channel","joined_on":"2024-01-01","lifecycle":"active"}'),
    ]);
    const res = await owner.request('POST', `${V1}/partners`, body, { 'content-type': 'application/json' });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.data.issues).toEqual([{ field: 'body', reason: 'holds a byte sequence that is not UTF-8' }]);
    expect(await partnerCount()).toBe(before);
  });

  it('valid UTF-8 JSON still reads, prototype keys are still refused', async () => {
    const ok = await owner.request(
      'POST',
      `${V1}/partners`,
      Buffer.from(
        '{"external_id":"UTF-1","name":"Société Ωmega","type":"channel","joined_on":"2024-01-01","lifecycle":"active"}',
      ),
      {
        'content-type': 'application/json',
      },
    );
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.data.name).toBe('Société Ωmega');
    const proto = await owner.request('POST', `${V1}/partners`, '{"__proto__":{"x":1}}', {
      'content-type': 'application/json',
    });
    expect(proto.statusCode).toBe(400);
  });

  it('in a query value: 400 naming the parameter', async () => {
    const res = await owner.get(`${V1}/partners?q=%ED%A0%80`);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.data.issues[0].field).toBe('query.q');
    expect((await owner.get(`${V1}/partners?q=Soci%C3%A9t%C3%A9`)).statusCode).toBe(200);
  });
});

describe('content types', () => {
  it('a JSON route answers 415 to text/plain, whatever its size, and nothing is stored', async () => {
    const before = await partnerCount();
    for (const size of [20, 3 * 1024 * 1024]) {
      const res = await owner.request('POST', `${V1}/partners`, 'x'.repeat(size), {
        'content-type': 'text/plain',
      });
      expect(res.statusCode, res.body.slice(0, 200)).toBe(415);
      expect(res.data.issues[0]).toMatchObject({ field: 'content-type', value: 'text/plain' });
    }
    expect(await partnerCount()).toBe(before);
  });

  it('a JSON body over 1 MB is 413', async () => {
    const res = await owner.request(
      'POST',
      `${V1}/partners`,
      JSON.stringify({ name: 'x'.repeat(1_100_000) }),
      {
        'content-type': 'application/json',
      },
    );
    expect(res.statusCode).toBe(413);
  });

  it('a multipart upload without its boundary is 400, not 500', async () => {
    for (const url of [`${V1}/evidence-files`, `${V1}/imports/partners`, `${V1}/imports/infer`]) {
      const res = await owner.request('POST', url, 'x', { 'content-type': 'multipart/form-data' });
      expect(res.statusCode, `${url}: ${res.body}`).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });
});
