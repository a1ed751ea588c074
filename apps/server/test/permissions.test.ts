/**
 * Generated from the permission table and the route list: for every route, each role is allowed or
 * refused exactly as the table says, the anonymous get 401, a caller of another org gets 404 for
 * reads and writes, and a partner user addressing another partner's objects gets 404.
 */
import { entityNames, roles } from '@trellis/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PREFIX, type RouteSpec } from '../src/http/route.ts';
import { type Permission, permissionTable, permits } from '../src/permissions/permission-table.ts';
import { allRoutes } from '../src/routes/index.ts';
import { demoRecordOf } from './support/demo-ids.ts';
import { type Client, startTestServer, type TestServer } from './support/test-server.ts';

let s: TestServer;
const clients = {} as Record<(typeof roles)[number], Client>;
let otherOrgOwner: Client;
/** Ids of objects of the demo org: one of Partner A's (own) and one of Partner B's (other) per kind. */
const own: Record<string, string> = {};
const other: Record<string, string> = {};

const orgRoutes = allRoutes.filter((r) => r.url.startsWith('/orgs/:org'));
const mutating = (r: RouteSpec) => r.method !== 'GET';

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('test image'),
]);
const multipart = (fields: Record<string, string>, file: Buffer, type: string) => {
  const boundary = 'trellis-test-boundary';
  const parts = Object.entries(fields).map(
    ([k, v]) => `--${boundary}\r\ncontent-disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
  );
  const body = Buffer.concat([
    Buffer.from(parts.join('')),
    Buffer.from(
      `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="a.png"\r\ncontent-type: ${type}\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, type: `multipart/form-data; boundary=${boundary}` };
};

beforeAll(async () => {
  s = await startTestServer();
  for (const role of roles) clients[role] = await s.tokenClient(role);
  for (const entity of entityNames) {
    own[entity] = await demoRecordOf(s.db, entity, 'P-A');
    other[entity] = await demoRecordOf(s.db, entity, 'P-B');
  }
  for (const [key, partner] of [
    ['own', own],
    ['other', other],
  ] as const) {
    const upload = multipart(
      { person: partner.people! },
      Buffer.concat([PNG, Buffer.from(key)]),
      'image/png',
    );
    const res = await clients.owner.request('POST', `${API_PREFIX}/orgs/demo/evidence-files`, upload.body, {
      'content-type': upload.type,
    });
    expect(res.statusCode).toBe(201);
    partner.file = res.data.sha256;
  }
  const job = await clients.owner.request(
    'POST',
    `${API_PREFIX}/orgs/demo/imports/partners?dryRun=true`,
    'external_id,name,type,joined_on,lifecycle\nP-Z,Zed,channel,2024-01-01,active\n',
    { 'content-type': 'text/csv' },
  );
  own.job = job.data.id;
  // A closed calibration session of the demo org, rated by two people (not by the tokens).
  const raters: string[] = [];
  for (const n of [1, 2]) {
    const m = await clients.owner.post(`${API_PREFIX}/orgs/demo/members`, {
      email: `rater${n}@demo.test`,
      name: `Rater ${n}`,
      role: 'assessor',
      password: 'rater-password-1',
    });
    raters.push(m.data.userId);
  }
  const session = await clients.owner.post(`${API_PREFIX}/orgs/demo/calibration-sessions`, {
    name: 'permissions',
    evaluations: [own.evaluations],
    raters,
  });
  expect(session.statusCode, session.body).toBe(201);
  own.session = String(session.data.number);
  await clients.owner.post(`${API_PREFIX}/orgs/demo/calibration-sessions/${own.session}/close`, {});
  // A spot audit, so that the reads of `…/spot-audits/latest` find one.
  const audit = await clients.owner.post(`${API_PREFIX}/orgs/demo/spot-audits`, {
    asOf: '2026-03-31',
    share: 0.1,
    seed: 1,
  });
  expect(audit.statusCode, audit.body).toBe(201);
  // A second org, whose owner must not reach anything of the demo org.
  await s.db.query(`insert into orgs (id, name) values ('globex', 'Globex')`);
  const setup = await clients.owner.post(`${API_PREFIX}/orgs/demo/members`, {
    email: 'owner@globex.test',
    name: 'Globex owner',
    role: 'viewer',
    password: 'globex-password-1',
  });
  expect(setup.statusCode).toBe(201);
  await s.db.query(`update memberships set org_id = 'globex', role = 'owner' where user_id = $1`, [
    setup.data.userId,
  ]);
  otherOrgOwner = await s.signIn('owner@globex.test', 'globex-password-1');
});
afterAll(() => s?.close());

/** Fills a route's path parameters. */
const urlOf = (r: RouteSpec, org: string, ids: Record<string, string>) => {
  const entity = r.url.split('/')[3]!;
  const values: Record<string, string> = {
    org,
    id:
      entity === 'jobs'
        ? (ids.job ?? '00000000-0000-0000-0000-000000000000')
        : entity === 'api-tokens'
          ? '00000000-0000-0000-0000-000000000000'
          : (ids[entity === 'partners' && r.url.includes('/readiness') ? 'partners' : entity] ??
            ids.partners ??
            'none'),
    number: ids.number ?? '1',
    criterion: 'gtm.joint-plan',
    version: 'v1',
    sha256: ids.file ?? '0'.repeat(64),
    entity: 'partners',
    userId: '00000000-0000-0000-0000-000000000000',
    session: ids.number === 'latest' ? (ids.session ?? '1') : (ids.number ?? '1'),
    unit: ids.evaluations ?? 'NO-SUCH',
    evaluation: ids.evaluations ?? 'none',
  };
  return `${API_PREFIX}${r.url.replace(/:(\w+)/g, (_, p: string) => values[p] ?? p)}`;
};

/** A request body that fails validation (every body schema is strict): allowed roles get 400, never a write. */
const INVALID_BODY = { __not_a_field: true };

describe('every route × every role, as the permission table says', () => {
  for (const route of orgRoutes) {
    it(`${route.method} ${route.url} (${String(route.access)})`, async () => {
      // Reads address existing objects of Partner A (so partner users may reach them); writes
      // address missing objects or send an invalid body, so that an allowed role changes nothing.
      const ids: Record<string, string> = mutating(route)
        ? { partners: 'NO-SUCH', number: '9999' }
        : { ...own, number: 'latest' };
      const url = urlOf(route, 'demo', ids);
      const outcome: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const role of roles) {
        const res = await clients[role].request(
          route.method,
          url,
          mutating(route) ? INVALID_BODY : undefined,
        );
        outcome[role] =
          res.statusCode === 403
            ? 'denied'
            : res.statusCode === 401
              ? 'unauthenticated'
              : mutating(route)
                ? 'allowed'
                : `${res.statusCode}`;
        expected[role] = permits(role, route.access as Permission)
          ? mutating(route)
            ? 'allowed'
            : '200'
          : 'denied';
        // A calibration session is rated by people: an assessor's API token rates none, so it finds none.
        if (role === 'assessor' && /calibration-sessions\/:session/.test(route.url) && !mutating(route))
          expected[role] = '404';
        if (outcome[role] === 'allowed')
          expect([400, 404, 415], `${role}: ${res.body}`).toContain(res.statusCode);
      }
      expect(outcome).toEqual(expected);
      const anonymous = await s.anonymous.request(
        route.method,
        url,
        mutating(route) ? INVALID_BODY : undefined,
      );
      expect(anonymous.statusCode).toBe(401);
    });
  }
});

/** Valid bodies for the writes of the isolation tests, so that they reach the object lookup. */
const validBody = (r: RouteSpec): unknown => {
  if (r.url.endsWith('/criteria/:criterion') && r.method === 'PUT') return { score: 3, reason: 'probe' };
  if (r.url.startsWith('/orgs/:org/remediation/') && r.method === 'PATCH') return { status: 'done' };
  if (r.url.endsWith('/plan/:action') && r.method === 'PATCH') return { status: 'done' };
  if (r.url.endsWith('/items/:evaluation') && r.method === 'PUT') return { outcome: 'upheld' };
  if (r.url.startsWith('/orgs/:org/members/') && r.method === 'PATCH') return { role: 'viewer' };
  if (r.method === 'PATCH') return {};
  return undefined;
};
const withId = orgRoutes.filter((r) => /:(id|number|sha256|userId)/.test(r.url));

describe('tenant isolation: another org’s objects are not found', () => {
  it('the demo org itself is "not found" for an owner of another org, on every route', async () => {
    const seen = new Set<number>();
    for (const route of orgRoutes) {
      const res = await otherOrgOwner.request(
        route.method,
        urlOf(route, 'demo', { ...own, number: '1' }),
        validBody(route),
      );
      seen.add(res.statusCode);
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(404);
    }
    expect([...seen]).toEqual([404]);
  });

  for (const route of withId) {
    it(`${route.method} ${route.url} with the demo org's ids, from the other org: 404`, async () => {
      // The ids of real demo objects (first assessment, first remediation item, a job, a file …).
      const url = urlOf(route, 'globex', { ...own, number: '1', id: own.partners! });
      const res = await otherOrgOwner.request(route.method, url, validBody(route));
      expect(res.statusCode, res.body).toBe(404);
    });
  }
});

describe('partner users: another partner is not found', () => {
  const partnerRoutes = withId.filter(
    (r) => permits('partner', r.access as Permission) && !r.url.includes(':number') && r.method === 'GET',
  );

  it('the routes a partner user may use with an id are all covered', () => {
    expect(partnerRoutes.map((r) => r.url).sort()).toEqual(
      [
        '/orgs/:org/evaluations/:id',
        '/orgs/:org/partners/:id/evidence-files/:sha256',
        '/orgs/:org/evidence/:id',
        '/orgs/:org/partners/:id',
        '/orgs/:org/partners/:id/document',
        '/orgs/:org/partners/:id/history',
        '/orgs/:org/partners/:id/next-tier',
        '/orgs/:org/partners/:id/readiness',
        '/orgs/:org/people/:id',
      ].sort(),
    );
  });

  for (const route of partnerRoutes) {
    it(`${route.url}: Partner A's user gets 200 for its own and 404 for Partner B's`, async () => {
      const mine = await clients.partner.get(urlOf(route, 'demo', own));
      expect(mine.statusCode, mine.body).toBe(200);
      const theirs = await clients.partner.get(urlOf(route, 'demo', other));
      expect(theirs.statusCode, theirs.body).toBe(404);
    });
  }

  it('lists show only their own partner, whatever the filters say', async () => {
    const people = await clients.partner.get(`${API_PREFIX}/orgs/demo/people?limit=500`);
    const partners = new Set(
      people.data.items.map((p: { partner_external_id: string }) => p.partner_external_id),
    );
    expect([...partners]).toEqual(['P-A']);
    const asked = await clients.partner.get(`${API_PREFIX}/orgs/demo/people?partner_external_id=P-B`);
    expect(asked.data).toMatchObject({ items: [], total: 0 });
    const rem = await clients.partner.get(`${API_PREFIX}/orgs/demo/remediation?partner=P-B`);
    expect(rem.data.items).toEqual([]);
    const tiers = await clients.partner.get(`${API_PREFIX}/orgs/demo/readiness/tiers`);
    expect(tiers.data.items.map((t: { externalId: string }) => t.externalId)).toEqual(['P-A']);
    const perf = await clients.partner.get(`${API_PREFIX}/orgs/demo/assessments/latest/performance`);
    expect(perf.data.items.map((r: { externalId: string }) => r.externalId)).toEqual(['P-A']);
    const files = await clients.partner.get(`${API_PREFIX}/orgs/demo/evidence-files`);
    expect(files.data.items.map((f: { partner: string }) => f.partner)).toEqual(['P-A']);
  });

  it('may upload evidence for its own people only', async () => {
    for (const [person, status] of [
      [own.people!, 201],
      [other.people!, 404],
    ] as const) {
      const upload = multipart({ person }, Buffer.concat([PNG, Buffer.from(person)]), 'image/png');
      const res = await clients.partner.request(
        'POST',
        `${API_PREFIX}/orgs/demo/evidence-files`,
        upload.body,
        {
          'content-type': upload.type,
        },
      );
      expect(res.statusCode, res.body).toBe(status);
    }
  });
});

describe('the permission table itself', () => {
  const granted = (role: (typeof roles)[number]) =>
    Object.keys(permissionTable)
      .filter((p) => permits(role, p as Permission))
      .sort();

  it('viewers write nothing; partner users hold exactly the partner-facing permissions', () => {
    expect(granted('viewer').filter((p) => !p.endsWith(':read') && p !== 'readiness:summary')).toEqual([]);
    expect(granted('partner')).toEqual(
      [
        'evaluations:read',
        'evidence-files:read',
        'evidence-files:upload',
        'evidence:read',
        'org:read',
        'partners:read',
        'people:read',
        'performance:read',
        'readiness:read',
        'remediation:read',
      ].sort(),
    );
  });

  it('only owners and admins manage members and tokens and read the audit log', () => {
    for (const p of ['members:manage', 'api-tokens:manage', 'audit:read'] as const)
      expect(roles.filter((r) => permits(r, p))).toEqual(['owner', 'admin']);
  });

  it('every route names a permission of the table, or is public or for any signed-in caller', () => {
    for (const r of allRoutes)
      expect(r.access === 'public' || r.access === 'signed-in' || r.access in permissionTable, r.url).toBe(
        true,
      );
    for (const r of allRoutes.filter((x) => x.access === 'public'))
      expect(r.url).toMatch(/^\/(setup|auth\/sign-in|auth\/status)$/);
  });
});
