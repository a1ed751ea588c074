/**
 * Text the database cannot hold never reaches it (issue "Hardening", defects 2, 3 and 8): a NUL or a
 * lone surrogate in a path, a query, a JSON body or a form field is a 400 naming the field; a NUL in
 * an imported file is a rejected row and the job ends "failed" (never left running); a job that keeps
 * stalling is given up after its attempts; a second file part is a 400.
 */
import { requeueStaleJobsUseCase } from '@trellis/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, makeClient, startTestServer, type TestServer } from './support/test-server.ts';

let s: TestServer;
let owner: Client;
const V1 = '/api/v1/orgs/demo';

beforeAll(async () => {
  s = await startTestServer();
  owner = await s.signIn('owner@demo.trellis.test');
});
afterAll(() => s?.close());

const form = (parts: { name: string; filename?: string; value: string }[]) => {
  const b = 'hostile-text';
  const body = parts
    .map(
      (p) =>
        `--${b}\r\ncontent-disposition: form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"` : ''}\r\n${p.filename ? 'content-type: text/csv\r\n' : ''}\r\n${p.value}\r\n`,
    )
    .join('');
  return { body: `${body}--${b}--\r\n`, type: `multipart/form-data; boundary=${b}` };
};

describe('NUL and lone surrogates are refused at the edge, naming the field', () => {
  const cases: [
    string,
    () => Promise<{ statusCode: number; data: { code: string; issues: { field: string }[] } }>,
    string,
  ][] = [
    [
      'a record’s external_id',
      () =>
        owner.post(`${V1}/partners`, {
          external_id: 'P-\u0000',
          name: 'N',
          type: 'channel',
          joined_on: '2026-01-01',
          lifecycle: 'active',
        }),
      'body.external_id',
    ],
    ['a search', () => owner.get(`${V1}/partners?q=%00`), 'query.q'],
    ['a path id', () => owner.get(`${V1}/partners/%00`), 'params.id'],
    ['a list filter', () => owner.get(`${V1}/people?partner_external_id=%00`), 'query.partner_external_id'],
    ['an audit filter', () => owner.get(`${V1}/audit?entityId=%00`), 'query.entityId'],
    ['a remediation owner', () => owner.patch(`${V1}/remediation/1`, { owner: 'Dana\u0000' }), 'body.owner'],
    [
      'a member’s name',
      () =>
        owner.post(`${V1}/members`, {
          email: 'x@example.com',
          name: 'X\u0000',
          role: 'viewer',
          password: 'a long enough password',
        }),
      'body.name',
    ],
    [
      'a token’s name',
      () => owner.post(`${V1}/api-tokens`, { name: 'ci\u0000', role: 'viewer' }),
      'body.name',
    ],
    [
      'a lone surrogate',
      () => owner.post(`${V1}/api-tokens`, { name: '\ud800x', role: 'viewer' }),
      'body.name',
    ],
    [
      'an upload’s form field',
      () => {
        const f = form([
          { name: 'person', value: 'P-A-1\u0000' },
          { name: 'file', filename: 'proof.txt', value: 'proof' },
        ]);
        return owner.request('POST', `${V1}/evidence-files`, f.body, { 'content-type': f.type });
      },
      'body.person',
    ],
  ];
  for (const [what, call, field] of cases)
    it(what, async () => {
      const res = await call();
      expect(res.statusCode).toBe(400);
      expect(res.data.code).toBe('INVALID_INPUT');
      expect(res.data.issues.map((i) => i.field)).toContain(field);
    });

  it('emoji, accents and right-to-left text pass', async () => {
    const res = await owner.post(`${V1}/api-tokens`, { name: 'Zoë 😀 עברית', role: 'viewer' });
    expect(res.statusCode, res.body).toBe(201);
  });
});

describe('every error is problem+json', () => {
  it('a URL that is not UTF-8, an over-long id, a token id that is no id', async () => {
    for (const [url, status] of [
      [`${V1}/partners/%FF%FE`, 400],
      [`${V1}/partners/${'x'.repeat(300)}`, 404],
      [`${V1}/api-tokens/not-a-uuid`, 400],
    ] as const) {
      const res = await owner.request(url.includes('api-tokens') ? 'DELETE' : 'GET', url);
      expect([res.statusCode, res.headers['content-type']], url).toEqual([
        status,
        'application/problem+json; charset=utf-8',
      ]);
      expect(res.data.requestId).toBeTruthy();
    }
  });
});

describe('newcomer edges', () => {
  it('the root answers 200 for curl: the app, or without a build a plain pointer to the API', async () => {
    const res = await s.app.inject({ url: '/', headers: { accept: '*/*' } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/<div id="root">|\/api\/docs/);
  });
});

describe('imports and jobs', () => {
  it('a NUL in an imported cell is a rejected row, and the job ends failed', async () => {
    const csv = [
      'external_id,name,type,tier,region,segment,joined_on,lifecycle,executive_sponsor,owner',
      'BAD-1,na\u0000me,channel,,,,2025-01-01,active,,',
      'BAD-2,ok,channel,,,,2025-13-01\u0000,active,,',
    ].join('\n');
    const res = await owner.request('POST', `${V1}/imports/partners`, csv, {
      'content-type': 'text/csv',
      'x-filename': 'partners.csv',
    });
    expect(res.statusCode, res.body).toBe(202);
    const job = await s.waitForJob(owner, 'demo', res.data.id);
    expect(job.status).toBe('failed');
    expect(job.error.code).toBe('IMPORT_REJECTED');
    expect(job.error.issues).toEqual([
      expect.objectContaining({ line: 2, column: 'name', reason: expect.stringContaining('NUL') }),
      expect.objectContaining({ line: 3, column: 'joined_on' }),
    ]);
    expect(JSON.stringify(job.error)).not.toContain('\\u0000');
    expect((await owner.get(`${V1}/partners/BAD-1`)).statusCode).toBe(404);
  });

  it('a job that keeps stalling is given up after its attempts, saying so', async () => {
    const [{ id }] = (await s.db.query<{ id: string }>(
      `insert into jobs (org_id, kind, payload, status, attempts, heartbeat_at, created_by_label)
       values ('demo', 'readiness.score', '{}', 'running', 3, now() - interval '1 hour', 'test') returning id`,
    )) as [{ id: string }];
    const [{ id: again }] = (await s.db.query<{ id: string }>(
      `insert into jobs (org_id, kind, payload, status, attempts, heartbeat_at, created_by_label)
       values ('demo', 'readiness.score', '{}', 'running', 1, now() - interval '1 hour', 'test') returning id`,
    )) as [{ id: string }];
    expect(
      await requeueStaleJobsUseCase(s.db, { staleSeconds: 600 }, s.server.importFiles),
    ).toBeGreaterThanOrEqual(2);
    const given = (await owner.get(`${V1}/jobs/${id}`)).data;
    expect(given.status).toBe('failed');
    expect(given.error.message).toContain('given up');
    // The other went back to the queue (a worker may have taken it again since): not given up.
    const requeued = (await owner.get(`${V1}/jobs/${again}`)).data;
    expect(requeued.attempts === 1 ? requeued.status : 'queued').toBe('queued');
    expect(JSON.stringify(requeued.error ?? {})).not.toContain('given up');
  });

  it('a second file part is a 400, not a 500', async () => {
    const f = form([
      { name: 'file', filename: 'a.csv', value: 'external_id\nX' },
      { name: 'file', filename: 'b.csv', value: 'external_id\nY' },
    ]);
    const res = await owner.request('POST', `${V1}/imports/partners`, f.body, { 'content-type': f.type });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.data.detail).toBe('Send one file per upload');
  });
});

describe('races', () => {
  it('two owners demoting each other at once: one wins, the org keeps an owner', async () => {
    const second = await owner.post(`${V1}/members`, {
      email: 'second.owner@demo.trellis.test',
      name: 'Second Owner',
      role: 'owner',
      password: 'second owner password',
    });
    expect(second.statusCode, second.body).toBe(201);
    const other = await s.signIn('second.owner@demo.trellis.test', 'second owner password');
    const members = (await owner.get(`${V1}/members`)).data.items as { userId: string; email: string }[];
    const idOf = (email: string) => members.find((m) => m.email === email)!.userId;
    const results = await Promise.all([
      owner.patch(`${V1}/members/${idOf('second.owner@demo.trellis.test')}`, { role: 'admin' }),
      other.patch(`${V1}/members/${idOf('owner@demo.trellis.test')}`, { role: 'admin' }),
    ]);
    // The loser is refused: 409 (the last owner), or 403 when the winner's change landed before the
    // loser's request was let in (it is no owner any more).
    const [won, lost] = results.map((r) => r.statusCode).sort();
    expect(won).toBe(200);
    expect([403, 409]).toContain(lost);
    const owners = (await s.db.query<{ n: number }>(
      `select count(*)::int as n from memberships where org_id = 'demo' and role = 'owner'`,
    )) as [{ n: number }];
    expect(owners[0].n).toBe(1);
  });
});

describe('API tokens do not outlive their creator', () => {
  it('an admin’s tokens stop when they are demoted or removed; the list says who made each', async () => {
    const addAdmin = async (email: string) => {
      const res = await owner.post(`${V1}/members`, {
        email,
        name: email.split('@')[0],
        role: 'admin',
        password: 'an admin password',
      });
      expect(res.statusCode, res.body).toBe(201);
      return { id: res.data.userId as string, client: await s.signIn(email, 'an admin password') };
    };
    const mintBy = async (client: Client, role: string) => {
      const res = await client.post(`${V1}/api-tokens`, { name: `${role} token`, role });
      expect(res.statusCode, res.body).toBe(201);
      return makeClient(s.app, { bearer: res.data.token });
    };
    const demoted = await addAdmin('demoted.admin@demo.trellis.test');
    const removed = await addAdmin('removed.admin@demo.trellis.test');
    const adminToken = await mintBy(demoted.client, 'admin');
    const viewerToken = await mintBy(demoted.client, 'viewer');
    const removedToken = await mintBy(removed.client, 'viewer');
    for (const c of [adminToken, viewerToken, removedToken]) expect((await c.get(V1)).statusCode).toBe(200);
    const listed = (await owner.get(`${V1}/api-tokens`)).data.items as { name: string; createdBy: string }[];
    expect(listed.find((t) => t.name === 'admin token')?.createdBy).toBe('demoted.admin');

    // Demoted to program manager, who may grant no role: both tokens stop.
    expect((await owner.patch(`${V1}/members/${demoted.id}`, { role: 'program_manager' })).statusCode).toBe(
      200,
    );
    expect((await adminToken.get(V1)).statusCode).toBe(401);
    expect((await viewerToken.get(V1)).statusCode).toBe(401);
    // Removed: theirs stops too, and stays stopped when they are added again.
    expect((await owner.delete(`${V1}/members/${removed.id}`)).statusCode).toBe(204);
    expect((await removedToken.get(V1)).statusCode).toBe(401);
    await owner.post(`${V1}/members`, { email: 'removed.admin@demo.trellis.test', role: 'admin' });
    expect((await removedToken.get(V1)).statusCode).toBe(401);
    const revoked = (await owner.get(`${V1}/audit?action=api-token.revoke&limit=50`)).data.items;
    expect(revoked.length).toBeGreaterThanOrEqual(3);
  });
});

describe('password guesses back off; a stranger cannot lock the owner out', () => {
  let proxied: TestServer;
  beforeAll(async () => {
    // Behind a trusted proxy, each request's address is its X-Forwarded-For.
    proxied = await startTestServer({ env: { TRELLIS_TRUST_PROXY: 'true' } });
  });
  afterAll(() => proxied?.close());

  const signInFrom = (address: string, password: string) =>
    proxied.anonymous.request(
      'POST',
      '/api/v1/auth/sign-in',
      { email: 'owner@demo.trellis.test', password },
      { 'x-forwarded-for': address },
    );

  it('five wrong passwords slow that address down; the owner signs in from their own', async () => {
    for (let i = 0; i < 5; i++) expect((await signInFrom('198.51.100.7', `guess-${i}`)).statusCode).toBe(401);
    const slowed = await signInFrom('198.51.100.7', 'guess-5');
    expect(slowed.statusCode).toBe(429);
    expect(Number(slowed.headers['retry-after'])).toBeGreaterThan(0);
    expect(slowed.data.detail).toContain('for this account from this address');
    // The owner, elsewhere, with the right password: in.
    expect((await signInFrom('198.51.100.8', 'trellis-demo-test')).statusCode).toBe(200);
  });

  it('guesses at the current password of a password change back off too', async () => {
    const owner2 = await proxied.signIn('owner@demo.trellis.test');
    for (let i = 0; i < 5; i++)
      expect(
        (await owner2.post('/api/v1/auth/password', { current: `guess-${i}`, next: 'x'.repeat(20) }))
          .statusCode,
      ).toBe(400);
    const slowed = await owner2.post('/api/v1/auth/password', { current: 'guess-5', next: 'x'.repeat(20) });
    expect(slowed.statusCode).toBe(429);
    expect(slowed.data.detail).toContain('at the current password');
  });
});
