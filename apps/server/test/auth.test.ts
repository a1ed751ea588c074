/** Accounts over HTTP: first-run setup, sign-in and throttling, sessions, CSRF, tokens, errors, headers. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, makeClient, startTestServer, type TestServer } from './support/test-server.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s?.close());

const OWNER = 'owner@demo.trellis.test';

describe('what a role may do', () => {
  it('GET /orgs/:org tells a partner user their partner and only their permissions', async () => {
    const partner = await s.tokenClient('partner', 'demo', 'P-A');
    const me = (await partner.get('/api/v1/orgs/demo')).data;
    expect(me).toMatchObject({ id: 'demo', role: 'partner', partner: 'P-A' });
    expect(me.permissions).toContain('readiness:read');
    expect(me.permissions).not.toContain('assessments:read');
    expect(me.permissions).not.toContain('members:read');
  });
});

describe('probes, headers and errors', () => {
  it('health and readiness answer; security headers and the request id are on every response', async () => {
    const health = await s.anonymous.get('/api/health');
    expect(health.statusCode).toBe(200);
    const ready = await s.anonymous.get('/api/ready');
    expect(ready.data).toMatchObject({ status: 'ready', database: true });
    const res = await s.anonymous.request('GET', '/api/v1/setup', undefined, { 'x-request-id': 'trace-42' });
    expect(res.headers['x-request-id']).toBe('trace-42');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('CORS is off unless configured: a cross-origin preflight gets no allow-origin', async () => {
    const res = await s.anonymous.request('OPTIONS', '/api/v1/auth/sign-in', undefined, {
      origin: 'https://evil.example',
      'access-control-request-method': 'POST',
    });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('with TRELLIS_CORS_ORIGINS set, exactly those origins may call cross-origin, with credentials', async () => {
    const cors = await startTestServer({
      demo: false,
      env: { TRELLIS_CORS_ORIGINS: 'https://app.example.com' },
    });
    try {
      const preflight = (origin: string) =>
        cors.anonymous.request('OPTIONS', '/api/v1/auth/sign-in', undefined, {
          origin,
          'access-control-request-method': 'POST',
        });
      const allowed = await preflight('https://app.example.com');
      expect(allowed.headers['access-control-allow-origin']).toBe('https://app.example.com');
      expect(allowed.headers['access-control-allow-credentials']).toBe('true');
      expect(
        (await preflight('https://evil.example')).headers['access-control-allow-origin'],
      ).toBeUndefined();
    } finally {
      await cors.close();
    }
  });

  it('anonymous callers get 401 problem+json; an unknown route 404; no stack trace anywhere', async () => {
    const res = await s.anonymous.get('/api/v1/orgs/demo/partners');
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.data).toMatchObject({
      type: '/problems/unauthenticated',
      status: 401,
      code: 'UNAUTHENTICATED',
    });
    expect(res.data.requestId).toBeTruthy();
    const missing = await s.anonymous.get('/api/v1/nope');
    expect(missing.statusCode).toBe(404);
    expect(missing.data.code).toBe('NOT_FOUND');
  });

  it('a body over the limit is 413, malformed JSON 400 naming the body', async () => {
    const big = await s.anonymous.request('POST', '/api/v1/auth/sign-in', 'x'.repeat(2 * 1024 * 1024), {
      'content-type': 'application/json',
    });
    expect(big.statusCode).toBe(413);
    expect(big.data.code).toBe('TOO_LARGE');
    const bad = await s.anonymous.request('POST', '/api/v1/auth/sign-in', '{"email":', {
      'content-type': 'application/json',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.data.issues[0].field).toBe('body');
  });

  it('validation errors name the field', async () => {
    const res = await s.anonymous.post('/api/v1/auth/sign-in', {
      email: 'not-an-email',
      password: 'x',
      extra: 1,
    });
    expect(res.statusCode).toBe(400);
    expect(res.data.issues.map((i: { field: string }) => i.field).sort()).toEqual([
      'body.email',
      'body.extra',
    ]);
  });

  it('a database failure is a bare 500 with the request id: no SQL, no stack, no path', async () => {
    const owner = await s.signIn(OWNER);
    const res = await owner.get('/api/v1/orgs/demo/partners?joined_on_from=2026-02-30');
    expect(res.statusCode).toBe(500);
    expect(res.data.code).toBe('INTERNAL');
    expect(res.data.detail).toContain(res.data.requestId);
    expect(res.body).not.toMatch(/select|date\/time|at .*\.ts|\/work\//i);
  });
});

describe('first-run setup', () => {
  it('is closed once users exist', async () => {
    expect((await s.anonymous.get('/api/v1/setup')).data).toEqual({ needed: false });
    const res = await s.anonymous.post('/api/v1/setup', {
      org: { id: 'acme', name: 'Acme' },
      owner: { email: 'x@acme.test', name: 'X', password: 'long-enough-password' },
    });
    expect(res.statusCode).toBe(409);
  });

  it('on an empty database creates the org and its owner and signs them in', async () => {
    const empty = await startTestServer({ demo: false });
    try {
      expect((await empty.anonymous.get('/api/v1/setup')).data).toEqual({ needed: true });
      const status = await empty.anonymous.get('/api/v1/auth/status');
      expect([status.statusCode, status.data]).toEqual([200, { signedIn: false, setupNeeded: true }]);
      const short = await empty.anonymous.post('/api/v1/setup', {
        org: { id: 'acme', name: 'Acme Corp' },
        owner: { email: 'ana@acme.test', name: 'Ana', password: 'short' },
      });
      expect(short.statusCode).toBe(400);
      expect(short.data.issues[0].field).toBe('owner.password');
      const res = await empty.anonymous.post('/api/v1/setup', {
        org: { id: 'acme', name: 'Acme Corp' },
        owner: { email: 'Ana@Acme.test', name: 'Ana', password: 'correct horse battery' },
      });
      expect(res.statusCode).toBe(201);
      expect(res.data.memberships).toEqual([{ orgId: 'acme', orgName: 'Acme Corp', role: 'owner' }]);
      const cookie = res.headers['set-cookie'] as string;
      expect(cookie).toMatch(/trellis_session=.+; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Lax/);
      expect((await empty.anonymous.get('/api/v1/setup')).data).toEqual({ needed: false });
      const ana = await empty.signIn('ana@acme.test', 'correct horse battery');
      expect((await ana.get('/api/v1/orgs/acme')).data).toMatchObject({
        id: 'acme',
        role: 'owner',
        partner: null,
        permissions: expect.arrayContaining(['members:manage', 'assessments:finalize']),
      });
      // A signed-in browser gets its session with the status (one round trip), exactly as GET /auth/session.
      const signedIn = await ana.get('/api/v1/auth/status');
      expect(signedIn.data).toEqual({
        signedIn: true,
        setupNeeded: false,
        session: (await ana.get('/api/v1/auth/session')).data,
      });
      expect(signedIn.data.session.memberships).toEqual([
        { orgId: 'acme', orgName: 'Acme Corp', role: 'owner' },
      ]);
      expect((await empty.anonymous.get('/api/v1/auth/status')).data).toEqual({
        signedIn: false,
        setupNeeded: false,
      });
    } finally {
      await empty.close();
    }
  });
});

describe('sessions', () => {
  it('a session reads; a write without the CSRF token is refused, with it allowed', async () => {
    const owner = await s.signIn(OWNER);
    const session = await owner.get('/api/v1/auth/session');
    expect(session.data.user.email).toBe(OWNER);
    const csrf = session.data.csrfToken;
    const signIn = await s.anonymous.post('/api/v1/auth/sign-in', { email: OWNER, password: DEMO_PASSWORD });
    const cookie = `trellis_session=${signIn.cookies.find((c) => c.name === 'trellis_session')!.value}`;
    const noCsrf = makeClient(s.app, { cookie });
    const refused = await noCsrf.patch('/api/v1/orgs/demo/partners/P-A', { owner: 'Someone' });
    expect(refused.statusCode).toBe(403);
    expect(refused.data.detail).toContain('X-CSRF-Token');
    const wrong = makeClient(s.app, { cookie, csrf: 'wrong' });
    expect((await wrong.patch('/api/v1/orgs/demo/partners/P-A', { owner: 'Someone' })).statusCode).toBe(403);
    const right = makeClient(s.app, { cookie, csrf: signIn.data.csrfToken });
    const ok = await right.patch('/api/v1/orgs/demo/partners/P-A', { owner: 'Dana Alvarez' });
    expect(ok.statusCode).toBe(200);
    expect(csrf).not.toBe(signIn.data.csrfToken);
  });

  it('sign-out ends this session; sign-out everywhere ends all of them', async () => {
    const a = await s.signIn(OWNER);
    const b = await s.signIn(OWNER);
    expect((await a.post('/api/v1/auth/sign-out')).statusCode).toBe(204);
    expect((await a.get('/api/v1/auth/session')).statusCode).toBe(401);
    expect((await b.get('/api/v1/auth/session')).statusCode).toBe(200);
    const c = await s.signIn(OWNER);
    const ended = await c.post('/api/v1/auth/sign-out-everywhere');
    expect(ended.data.ended).toBeGreaterThanOrEqual(2);
    expect((await b.get('/api/v1/auth/session')).statusCode).toBe(401);
    expect((await c.get('/api/v1/auth/session')).statusCode).toBe(401);
  });

  it('password change checks the current password and ends the other sessions', async () => {
    const owner = await s.signIn(OWNER);
    const other = await s.signIn(OWNER);
    const wrong = await owner.post('/api/v1/auth/password', {
      current: 'nope',
      next: 'a brand new password',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.data.issues[0].field).toBe('current');
    const ok = await owner.post('/api/v1/auth/password', {
      current: DEMO_PASSWORD,
      next: 'a brand new password',
    });
    expect(ok.data.otherSessionsEnded).toBeGreaterThanOrEqual(1);
    expect((await other.get('/api/v1/auth/session')).statusCode).toBe(401);
    expect((await owner.get('/api/v1/auth/session')).statusCode).toBe(200);
    const again = await s.signIn(OWNER, 'a brand new password');
    await again.post('/api/v1/auth/password', { current: 'a brand new password', next: DEMO_PASSWORD });
    const audit = await again.get('/api/v1/orgs/demo/audit?action=user.password-change');
    expect(audit.data.total).toBe(2);
    expect(JSON.stringify(audit.data.items)).not.toContain('brand new');
  });
});

describe('sign-in throttling', () => {
  it('after 5 failures the account is refused with 429 and Retry-After, even with the right password', async () => {
    const email = 'partner-a@demo.trellis.test';
    for (let i = 0; i < 5; i++) {
      const res = await s.anonymous.post('/api/v1/auth/sign-in', { email, password: `wrong-${i}` });
      expect(res.statusCode).toBe(401);
      expect(res.data.detail).toBe('Email or password is wrong');
    }
    const blocked = await s.anonymous.post('/api/v1/auth/sign-in', { email, password: DEMO_PASSWORD });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Another account is unaffected (this address has fewer than 20 failures so far).
    expect(
      (await s.anonymous.post('/api/v1/auth/sign-in', { email: OWNER, password: DEMO_PASSWORD })).statusCode,
    ).toBe(200);
  });
});

describe('API tokens', () => {
  it('are shown once, stored hashed, scoped to one org and role, revocable, with last use', async () => {
    const owner = await s.signIn(OWNER);
    const created = await owner.post('/api/v1/orgs/demo/api-tokens', {
      name: 'CRM nightly',
      role: 'program_manager',
    });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.data;
    expect(token).toMatch(/^trl_/);
    const [row] = await s.db.query<{ token_hash: string }>(
      'select token_hash from api_tokens where id = $1',
      [id],
    );
    expect(row!.token_hash).not.toContain(token);
    expect(row!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    const bearer = makeClient(s.app, { bearer: token });
    expect((await bearer.get('/api/v1/orgs/demo/partners?limit=1')).statusCode).toBe(200);
    expect((await bearer.get('/api/v1/orgs/demo/members')).statusCode).toBe(403);
    // A token is signed in, but has no browser session (and no CSRF token) to hand out.
    expect((await bearer.get('/api/v1/auth/status')).data).toEqual({ signedIn: true, setupNeeded: false });
    const list = await owner.get('/api/v1/orgs/demo/api-tokens');
    const listed = list.data.items.find((t: { id: string }) => t.id === id);
    expect(listed.lastUsedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(JSON.stringify(list.data)).not.toContain(token);
    expect((await owner.delete(`/api/v1/orgs/demo/api-tokens/${id}`)).data.revokedAt).toBeTruthy();
    const revoked = await bearer.get('/api/v1/orgs/demo/partners?limit=1');
    expect(revoked.statusCode).toBe(401);
    expect(
      (await makeClient(s.app, { bearer: 'trl_made_up' }).get('/api/v1/orgs/demo/partners')).statusCode,
    ).toBe(401);
  });

  it('an admin cannot mint an owner token; a partner token needs a partner', async () => {
    const admin = await s.tokenClient('admin');
    expect((await admin.post('/api/v1/orgs/demo/api-tokens', { name: 'x', role: 'owner' })).statusCode).toBe(
      403,
    );
    const noPartner = await admin.post('/api/v1/orgs/demo/api-tokens', { name: 'x', role: 'partner' });
    expect(noPartner.statusCode).toBe(400);
    expect(noPartner.data.issues[0].field).toBe('partner');
  });
});

// Last: it blocks sign-ins from the test's one address for the rest of the file.
describe('sign-in throttling per address', () => {
  it('an address with 20 failures across accounts is refused too', async () => {
    const from = { 'x-forwarded-for': '203.0.113.9' };
    for (let i = 0; i < 20; i++)
      await s.anonymous.request(
        'POST',
        '/api/v1/auth/sign-in',
        { email: `nobody${i}@x.test`, password: 'x' },
        from,
      );
    const res = await s.anonymous.post('/api/v1/auth/sign-in', {
      email: 'nobody-else@x.test',
      password: 'x',
    });
    // Without a trusted proxy the forwarded header is ignored: all requests came from one address.
    expect(res.statusCode).toBe(429);
    expect(res.data.detail).toContain('from this address');
  });
});
