/**
 * A partner user sees the partner's view (issue 15, point 9). Generated from the permission table
 * and the route list: every route a partner user may call is called — every query variant that
 * changes what it answers, every format of the review — as the demo's partner users of Partner A
 * (signed in; as of 30 Jun 2026 its survey said 3/10 and it was at-risk) and of Partner X (an API
 * token; at-risk, its champion departed), and no answer may carry an internal field: neither its
 * key (the one list in @trellis/contracts) nor its value (the partner's health state and reasons,
 * its satisfaction figure, the word "champion") — in JSON, HTML, Markdown and the PDF's text. Then
 * the org setting that shares health, staff seeing everything, and what a partner user is refused.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { internalFieldPaths, internalFields, num1, type PartnerViewOptions } from '@trellis/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PREFIX, type RouteSpec } from '../src/http/route.ts';
import { type Permission, permits } from '../src/permissions/permission-table.ts';
import { allRoutes } from '../src/routes/index.ts';
import { uploadEvidence } from './support/evidence-upload.ts';
import { type Client, type Response, startTestServer, type TestServer } from './support/test-server.ts';

let s: TestServer;
let owner: Client;
const V1 = `${API_PREFIX}/orgs/demo`;
/** The June assessment's number (the demo's own is #1). */
let june: number;

interface PartnerUser {
  id: string;
  client: Client;
  /** A person, an evaluation, an evidence record and an evidence file of the partner. */
  ids: Record<string, string>;
}
const users: Record<'P-A' | 'P-X', PartnerUser> = {} as never;

const HEALTH_STATES = ['engaged', 'passive', 'at-risk', 'dormant'];
const HIDDEN: PartnerViewOptions = { shareHealth: false };

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('x')]);
const upload = (client: Client, person: string, tag: string) =>
  uploadEvidence(client, person, {
    name: 'proof.png',
    type: 'image/png',
    bytes: Buffer.concat([PNG, Buffer.from(tag)]),
  });

/** The first id the query finds for the partner, or 'none' (Partner X has no evaluations). */
const firstId = async (sql: string, partner: string) =>
  (await s.db.query<{ id: string }>(sql, [partner]))[0]?.id ?? 'none';

const idsOf = async (partner: string): Promise<Record<string, string>> => ({
  people: await firstId(
    `select x.external_id as id from partner_people x join partners p on p.org_id = x.org_id and p.id = x.partner_id
     where x.org_id = 'demo' and p.external_id = $1 order by x.is_champion desc, 1 limit 1`,
    partner,
  ),
  evaluations: await firstId(
    `select x.external_id as id from evaluations x join partners p on p.org_id = x.org_id and p.id = x.partner_id
     where x.org_id = 'demo' and p.external_id = $1 order by 1 limit 1`,
    partner,
  ),
  evidence: await firstId(
    `select x.external_id as id from evaluation_evidence x join evaluations e on e.org_id = x.org_id and e.id = x.evaluation_id
     join partners p on p.org_id = e.org_id and p.id = e.partner_id where x.org_id = 'demo' and p.external_id = $1 order by 1 limit 1`,
    partner,
  ),
});

beforeAll(async () => {
  s = await startTestServer();
  owner = await s.signIn('owner@demo.trellis.test');
  // An assessment as of 30 Jun 2026, made from the demo's brief: Partner A's survey then said 3/10.
  const brief = (await owner.get(`${V1}/assessments/1/brief`)).data;
  const job = await owner.post(`${V1}/assessments`, { brief, asOf: '2026-06-30' });
  expect(job.statusCode, job.body).toBe(202);
  const done = await s.waitForJob(owner, 'demo', job.data.id);
  expect(done.status, JSON.stringify(done.error)).toBe('done');
  june = done.result.assessment;
  for (const id of ['P-A', 'P-X'] as const) {
    const client =
      id === 'P-A'
        ? await s.signIn('partner-a@demo.trellis.test')
        : await s.tokenClient('partner', 'demo', id);
    const ids = await idsOf(id);
    const file = await upload(owner, ids.people!, id);
    expect(file.statusCode, file.body).toBe(201);
    ids.file = file.data.sha256;
    users[id] = { id, client, ids };
  }
}, 240_000);
afterAll(() => s?.close());

// ---------------------------------------------------------------------------------------------
// What is internal about a partner, read from the staff's view of it (so the test can fail: each
// of these is checked to be in the internal view first).

interface Secrets {
  /** Case-insensitive words and phrases no answer to the partner user may contain. */
  words: string[];
}

const performanceRows = async (partner: string) => {
  const rows = [];
  for (const n of [1, june]) {
    const page = (await owner.get(`${V1}/assessments/${n}/performance?q=${partner}&limit=50`)).data;
    rows.push(page.items.find((r: { externalId: string }) => r.externalId === partner));
  }
  return rows;
};

const secretsOf = async (partner: string, o: { shareHealth: boolean }): Promise<Secrets> => {
  const rows = await performanceRows(partner);
  const words = ['champion'];
  for (const r of rows) {
    if (!o.shareHealth) words.push(...HEALTH_STATES, ...r.healthReasons);
    if (r.satisfaction !== null)
      words.push(`${r.satisfaction}/10`, `${num1(r.satisfaction)} of 10`, `${num1(r.satisfaction)} / 10`);
    words.push('satisfaction');
  }
  return { words: [...new Set(words)] };
};

// ---------------------------------------------------------------------------------------------
// Every call a partner user may make, generated from the route list and the permission table.

const mayCall = (r: RouteSpec) =>
  r.access === 'public' || r.access === 'signed-in' || permits('partner', r.access as Permission);

/** Writes a partner user may make, and why the walk leaves each out or where it checks it. */
const WRITES: Record<string, string> = {
  'POST /setup': 'refused once the server is set up; answers no partner data',
  'POST /auth/sign-in': 'its answer (the session) is checked in beforeAll’s sign-in and /auth/session',
  'POST /auth/sign-out': 'answers { ended }',
  'POST /auth/sign-out-everywhere': 'answers { ended }',
  'POST /auth/password': 'answers nothing; it would end the session under test',
  'POST /orgs/:org/evidence-files': 'checked: the upload’s answer (the file) is walked below',
};

/** The URLs (with the query variants that change the answer) a route is called with. */
const callsOf = (r: RouteSpec, u: PartnerUser): string[] => {
  const fill = (url: string, values: Record<string, string>) =>
    `${API_PREFIX}${url.replace(/:(\w+)/g, (_, p: string) => values[p] ?? `:${p}`)}`;
  const own = { org: 'demo', id: u.id, sha256: u.ids.file! };
  const one = (entity: string) => fill(r.url, { ...own, id: entity === 'partners' ? u.id : u.ids[entity]! });
  const path = r.url;
  if (!path.startsWith('/orgs/:org')) return [fill(path, own)];
  const rest = path.slice('/orgs/:org'.length);
  const records = rest.match(/^\/(partners|people|evaluations|evidence)(\/:id)?$/);
  if (records && !records[2]) return [`${fill(path, own)}?limit=500`];
  if (records) return u.ids[records[1]!] === 'none' ? [] : [one(records[1]!)];
  switch (rest) {
    case '':
    case '/evidence-files':
    case '/partners/:id/evidence-files/:sha256':
      return [fill(path, own)];
    case '/remediation':
      return [fill(path, own), `${fill(path, own)}?partner=${u.id}&status=open`];
    case '/readiness/tiers':
      return [`${fill(path, own)}?limit=500`, `${fill(path, own)}?asOf=2026-06-30`];
    case '/partners/:id/history':
      return [fill(path, own)];
    case '/readiness/policies/:version/tiers':
      return [fill(path, { ...own, version: 'v1' })];
    case '/partners/:id/readiness':
    case '/partners/:id/next-tier':
      return [fill(path, own), `${fill(path, own)}?asOf=2026-06-30`];
    case '/assessments/:number/performance':
      return ['latest', '1', String(june)].map((n) => `${fill(path, { ...own, number: n })}?limit=500`);
    case '/partners/:id/document':
      return ['html', 'md', 'pdf'].flatMap((f) => [
        `${fill(path, own)}?format=${f}`,
        `${fill(path, own)}?format=${f}&edition=partner`,
      ]);
  }
  throw new Error(`${r.method} ${r.url}: a partner user may call it — add it to the walk of this test`);
};

const pdfText = (pdf: Buffer) => {
  const file = join(mkdtempSync(join(tmpdir(), 'partner-view-')), 'review.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
};

/** The answer as text to search, and the problems found in it. */
const inspect = (res: Response, secrets: Secrets, view: PartnerViewOptions): string[] => {
  const type = String(res.headers['content-type'] ?? '');
  const text = type.startsWith('application/pdf') ? pdfText(res.rawPayload) : res.body;
  const problems: string[] = [];
  if (/json/.test(type)) problems.push(...internalFieldPaths(res.data, view).map((p) => `key ${p}`));
  // Keys as they would appear in any format (a JSON key, or a table's header in a document).
  for (const key of Object.keys(internalFields))
    if (!(view.shareHealth && (key === 'health' || key === 'healthReasons')) && text.includes(`"${key}"`))
      problems.push(`key "${key}" in the text`);
  const lower = text.toLowerCase();
  for (const w of secrets.words) if (lower.includes(w.toLowerCase())) problems.push(`value "${w}"`);
  return problems;
};

/** Calls everything a partner user may call; returns what was called and every problem found. */
const walk = async (u: PartnerUser, secrets: Secrets, view: PartnerViewOptions) => {
  const called: string[] = [];
  const problems: string[] = [];
  for (const r of allRoutes.filter(mayCall)) {
    if (r.method !== 'GET') {
      expect(WRITES[`${r.method} ${r.url}`], `${r.method} ${r.url}`).toBeDefined();
      continue;
    }
    for (const url of callsOf(r, u)) {
      const res = await u.client.get(url);
      called.push(`${res.statusCode} ${url}`);
      expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(200);
      problems.push(...inspect(res, secrets, view).map((p) => `${url}: ${p}`));
    }
  }
  const uploaded = await upload(u.client, u.ids.people!, `${u.id}-${called.length}-${view.shareHealth}`);
  expect(uploaded.statusCode, uploaded.body).toBe(201);
  problems.push(...inspect(uploaded, secrets, view).map((p) => `POST evidence-files: ${p}`));
  return { called, problems };
};

describe('the internal view of the demo’s partners (what the walk looks for)', () => {
  it('Partner A was at-risk on 30 Jun with "satisfaction 3/10"; Partner X is at-risk, its champion departed', async () => {
    const [a1, aJune] = await performanceRows('P-A');
    expect(aJune).toMatchObject({ health: 'at-risk', satisfaction: 3 });
    expect(aJune.healthReasons).toContain('satisfaction 3/10');
    expect(a1.satisfaction).toBe(8);
    const [x1] = await performanceRows('P-X');
    expect(x1.health).toBe('at-risk');
    expect(x1.healthReasons.some((r: string) => r.startsWith('champion departed'))).toBe(true);
    const people = (await owner.get(`${V1}/people?partner_external_id=P-X`)).data.items;
    expect(people.some((p: { is_champion: boolean }) => p.is_champion)).toBe(true);
  });
});

describe('a partner user receives nothing internal, on any route', () => {
  for (const id of ['P-A', 'P-X'] as const) {
    it(`the partner user of ${id}: keys and values, JSON and documents (PDF as text)`, async () => {
      const { called, problems } = await walk(users[id], await secretsOf(id, HIDDEN), HIDDEN);
      expect(problems).toEqual([]);
      // Every partner route was called, the review in three formats and both ways of asking.
      expect(called.filter((c) => c.includes('/document?'))).toHaveLength(6);
      expect(called.length).toBeGreaterThan(25);
    }, 240_000);
  }

  it('the routes a partner user may call are each walked, and its writes each accounted for', () => {
    const reads = allRoutes.filter((r) => mayCall(r) && r.method === 'GET');
    for (const r of reads) expect(callsOf(r, users['P-A']).length, r.url).toBeGreaterThan(0);
    expect(reads.map((r) => r.url)).toEqual(
      expect.arrayContaining([
        '/orgs/:org/assessments/:number/performance',
        '/orgs/:org/partners/:id/document',
        '/orgs/:org/people',
      ]),
    );
    const writes = allRoutes
      .filter((r) => mayCall(r) && r.method !== 'GET')
      .map((r) => `${r.method} ${r.url}`);
    expect(writes.sort()).toEqual(Object.keys(WRITES).sort());
  });
});

describe('a partner user may not filter or sort by an internal field', () => {
  it('on any route they may call: ?<field>=, ?<field>_from=, ?sort=-<field> are refused', async () => {
    const client = users['P-X'].client;
    const routes = allRoutes.filter(
      (r) => r.url.startsWith('/orgs/:org') && mayCall(r) && r.method === 'GET',
    );
    const seen = new Set<number>();
    for (const r of routes)
      for (const field of Object.keys(internalFields))
        for (const query of [`${field}=true`, `${field}_from=1`, `sort=-${field}`]) {
          const base = callsOf(r, users['P-A'])[0]!.split('?')[0]!.replace('P-A', 'P-X');
          const res = await client.get(`${base}?${query}`);
          seen.add(res.statusCode);
          expect(res.statusCode, `${base}?${query}`).toBe(403);
        }
    expect([...seen]).toEqual([403]);
  });

  it('so that people?is_champion=true and performance?health=at-risk tell nothing; staff may', async () => {
    const partner = users['P-X'].client;
    const champions = await partner.get(`${V1}/people?is_champion=true`);
    expect([champions.statusCode, champions.data.issues]).toEqual([
      403,
      [{ field: 'query.is_champion', reason: 'internal to the vendor' }],
    ]);
    expect((await partner.get(`${V1}/assessments/1/performance?health=at-risk`)).statusCode).toBe(403);
    const staff = await owner.get(`${V1}/people?is_champion=true&partner_external_id=P-X`);
    expect(staff.data.items.map((p: { name: string }) => p.name)).toEqual(['Jordan Reyes']);
  });
});

describe('the org setting shareHealthWithPartners', () => {
  it('is off by default; owners turn it on and off, audited; partner users then see their own health', async () => {
    expect((await owner.get(`${V1}/settings`)).data).toEqual({ shareHealthWithPartners: false });
    const on = await owner.patch(`${V1}/settings`, { shareHealthWithPartners: true });
    expect([on.statusCode, on.data]).toEqual([200, { shareHealthWithPartners: true }]);
    try {
      const x = users['P-X'];
      const row = (await x.client.get(`${V1}/assessments/1/performance`)).data.items[0];
      expect(row.health).toBe('at-risk');
      expect(row.healthReasons).toContain('QBR overdue (none held)');
      expect(row.healthReasons.join(' ')).not.toMatch(/champion/i);
      expect('satisfaction' in row).toBe(false);
      // Their own health may now be filtered by; satisfaction and the champion tag still may not.
      expect((await x.client.get(`${V1}/assessments/1/performance?health=at-risk`)).data.total).toBe(1);
      expect((await x.client.get(`${V1}/assessments/1/performance?sort=-satisfaction`)).statusCode).toBe(403);
      expect((await x.client.get(`${V1}/people?is_champion=true`)).statusCode).toBe(403);
      const md = (await x.client.get(`${V1}/partners/P-X/document?format=md`)).body;
      expect(md).toContain('at-risk');
      expect(md).toContain('QBR overdue');
      // The rest stays internal: the walk finds no satisfaction figure, champion or champion reason.
      const shared = { shareHealth: true };
      const { problems } = await walk(x, await secretsOf('P-X', shared), shared);
      expect(problems).toEqual([]);
      // Partner A in June: at-risk, and its only risk was the 3/10 — which stays internal.
      const a = (await users['P-A'].client.get(`${V1}/assessments/${june}/performance`)).data.items[0];
      expect(a.health).toBe('at-risk');
      expect(a.healthReasons.join(' ')).not.toMatch(/satisfaction|3\/10/);
    } finally {
      const off = await owner.patch(`${V1}/settings`, { shareHealthWithPartners: false });
      expect(off.data).toEqual({ shareHealthWithPartners: false });
    }
    const row = (await users['P-X'].client.get(`${V1}/assessments/1/performance`)).data.items[0];
    expect('health' in row || 'healthReasons' in row).toBe(false);
    const audit = (await owner.get(`${V1}/audit?action=org.settings`)).data.items;
    expect(audit.map((e: { before: unknown; after: unknown }) => [e.before, e.after])).toEqual([
      [{ shareHealthWithPartners: true }, { shareHealthWithPartners: false }],
      [{ shareHealthWithPartners: false }, { shareHealthWithPartners: true }],
    ]);
  }, 240_000);

  it('only owners and admins read or change it; a change names a known setting', async () => {
    const partner = users['P-A'].client;
    expect((await partner.get(`${V1}/settings`)).statusCode).toBe(403);
    expect((await partner.patch(`${V1}/settings`, { shareHealthWithPartners: true })).statusCode).toBe(403);
    const viewer = await s.tokenClient('viewer');
    expect((await viewer.patch(`${V1}/settings`, { shareHealthWithPartners: true })).statusCode).toBe(403);
    const admin = await s.tokenClient('admin');
    expect((await admin.get(`${V1}/settings`)).statusCode).toBe(200);
    const unknown = await admin.patch(`${V1}/settings`, { showSatisfaction: true });
    expect([unknown.statusCode, unknown.data.issues[0].field]).toEqual([400, 'body.showSatisfaction']);
    expect((await admin.patch(`${V1}/settings`, {})).statusCode).toBe(400);
    expect((await owner.get(`${V1}/settings`)).data).toEqual({ shareHealthWithPartners: false });
  });
});

describe('staff see everything, and choose the edition of a review', () => {
  it('the performance table, people and the internal review carry health, satisfaction and the champion', async () => {
    const row = (await performanceRows('P-X'))[0];
    expect(row).toMatchObject({ health: 'at-risk', satisfaction: 5 });
    const md = await owner.get(`${V1}/partners/P-X/document?format=md`);
    expect(md.headers['content-disposition']).toBe('attachment; filename="partner-P-X-internal.md"');
    expect(md.body).toContain('internal edition');
    expect(md.body).toContain('Satisfaction');
    expect(md.body).toContain('at-risk');
    expect(md.body).toMatch(/Champion departed/);
  });

  it('the partner edition on request: what the partner user gets, named as theirs', async () => {
    const staff = await owner.get(`${V1}/partners/P-X/document?format=md&edition=partner`);
    const theirs = await users['P-X'].client.get(`${V1}/partners/P-X/document?format=md`);
    expect(staff.headers['content-disposition']).toBe('attachment; filename="partner-P-X.md"');
    expect(theirs.headers['content-disposition']).toBe('attachment; filename="partner-P-X.md"');
    expect(staff.body).toBe(theirs.body);
    for (const word of ['Satisfaction', 'Health', 'at-risk', 'hampion', 'internal'])
      expect(staff.body).not.toContain(word);
    // No hole where health was: the figures still read revenue, pipeline and recent activity.
    expect(staff.body).toMatch(/Recent activity/);
  });

  it('a partner user may not ask for the internal edition; an unknown edition is invalid', async () => {
    const partner = users['P-A'].client;
    const refused = await partner.get(`${V1}/partners/P-A/document?edition=internal`);
    expect([refused.statusCode, refused.data.code]).toEqual([403, 'FORBIDDEN']);
    expect((await partner.get(`${V1}/partners/P-A/document?edition=partner`)).statusCode).toBe(200);
    const bad = await owner.get(`${V1}/partners/P-A/document?edition=secret`);
    expect([bad.statusCode, bad.data.issues[0].field]).toEqual([400, 'query.edition']);
  });
});
