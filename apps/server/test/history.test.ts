/**
 * The program over quarters on the demo org: assessments oldest first (one per as-of date), the
 * readiness tier counts of each scoring, the partners that moved (checked against the two scorings'
 * tiers read through another route), and the outcomes between two dates (checked against the
 * example's projects.csv read here, independently of the importer).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestServer, type TestServer } from './support/test-server.ts';

let s: TestServer;
let owner: Client;
let partner: Client;
let globex: Client;
const V1 = '/api/v1/orgs/demo';
const EXAMPLE = join(import.meta.dirname, '../../../examples/seed-saas');

beforeAll(async () => {
  s = await startTestServer();
  owner = await s.signIn('owner@demo.trellis.test');
  partner = await s.tokenClient('partner');
  await s.db.query(`insert into orgs (id, name) values ('globex', 'Globex')`);
  globex = await s.tokenClient('owner', 'globex');
  // A June assessment made after September's: history, read oldest first.
  const brief = (await owner.get(`${V1}/assessments/latest/brief`)).data;
  const job = await owner.post(`${V1}/assessments`, { brief, asOf: '2026-06-30' });
  expect((await s.waitForJob(owner, 'demo', job.data.id)).status).toBe('done');
});
afterAll(() => s?.close());

const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
const projects = () => {
  const [head, ...rows] = readFileSync(join(EXAMPLE, 'projects.csv'), 'utf8').trim().split('\n');
  const cols = head!.split(',');
  return rows.map((r) => Object.fromEntries(r.split(',').map((v, i) => [cols[i], v])));
};

describe('history', () => {
  it('lists one assessment per as-of date, oldest first, with its overall and dimension scores', async () => {
    const h = (await owner.get(`${V1}/history`)).data;
    expect(h.assessments.map((a: { asOf: string }) => a.asOf)).toEqual(['2026-06-30', '2026-09-30']);
    for (const a of h.assessments) {
      const report = (await owner.get(`${V1}/assessments/${a.number}/dashboard`)).data;
      expect(a.overall).toEqual(report.summary.overall);
      expect(a.dimensions).toEqual(
        report.scorecard.map((d: { id: string; dimension: string; score: number | null }) => ({
          id: d.id,
          dimension: d.dimension,
          score: d.score,
        })),
      );
    }
  });

  it('counts readiness tiers per scoring and lists the partners that moved, as the scorings say', async () => {
    const h = (await owner.get(`${V1}/history`)).data;
    expect(h.scorings.map((x: { asOf: string }) => x.asOf)).toEqual(['2026-06-30', '2026-09-30']);
    const tiersAt = async (asOf: string) =>
      new Map<string, string | null>(
        (await owner.get(`${V1}/readiness/tiers?asOf=${asOf}&limit=100`)).data.items.map(
          (r: { externalId: string; tier: string | null }) => [r.externalId, r.tier],
        ),
      );
    const june = await tiersAt('2026-06-30');
    const sept = await tiersAt('2026-09-30');
    const expected = [...sept]
      .filter(([id, t]) => june.has(id) && june.get(id) !== t)
      .map(([id, t]) => [id, june.get(id), t])
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(
      h.moves
        .map((m: { externalId: string; before: string; after: string }) => [m.externalId, m.before, m.after])
        .sort(),
    ).toEqual(expected);
    const a = h.moves.find((m: { externalId: string }) => m.externalId === 'P-A');
    expect(a).toMatchObject({ from: '2026-06-30', to: '2026-09-30', after: 'platinum', direction: 'up' });
    const counts = (await owner.get(`${V1}/readiness?asOf=2026-09-30`)).data.summary.tierDistribution;
    expect(h.scorings[1].tierDistribution).toEqual(counts);
  });

  it('computes outcomes between two dates from the projects that went live before each', async () => {
    const res = await owner.get(`${V1}/history/outcomes?from=2026-03-31&to=2026-06-30`);
    expect(res.statusCode).toBe(200);
    const r = res.data;
    expect(r.windowDays).toBe(91);
    const window = (from: string, to: string) =>
      projects().filter((p) => p.actual_live_on && p.actual_live_on > from && p.actual_live_on <= to);
    const q1 = window('2025-12-30', '2026-03-31');
    const q2 = window('2026-03-31', '2026-06-30');
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const ttl = (ps: typeof q1) => mean(ps.map((p) => days(p.started_on!, p.actual_live_on!)));
    const csat = (ps: typeof q1) => mean(ps.filter((p) => p.csat).map((p) => Number(p.csat)));
    expect(r.before.projects).toBe(q1.length);
    expect(r.after.projects).toBe(q2.length);
    expect(r.before.timeToLiveDays).toBeCloseTo(ttl(q1), 9);
    expect(r.after.timeToLiveDays).toBeCloseTo(ttl(q2), 9);
    expect(r.before.csat).toBeCloseTo(csat(q1), 9);
    expect(r.after.csat).toBeCloseTo(csat(q2), 9);
    expect(r.change.timeToLive.share).toBeCloseTo(ttl(q2) / ttl(q1) - 1, 9);
    expect(r.change.csat.points).toBeCloseTo(csat(q2) - csat(q1), 9);
    // The statement says it in words, between the two dates.
    expect(r.change.statement).toMatch(
      /^Between 31 Mar 2026 and 30 Jun 2026, partners (cut|lengthened|kept) time-to-live/,
    );
    expect(r.change.statement).toContain('CSAT');
    // Each partner's own figures add up to the program's.
    expect(r.after.byPartner.reduce((n: number, p: { projects: number }) => n + p.projects, 0)).toBe(
      q2.length,
    );
  });

  it('defaults to the latest as-of date against two quarters before; says so when a window is empty', async () => {
    const r = (await owner.get(`${V1}/history/outcomes`)).data;
    expect(r.after.asOf).toBe('2026-09-30');
    expect(r.before.asOf).toBe('2026-04-01');
    expect(r.windowDays).toBe(182);
    const empty = (await owner.get(`${V1}/history/outcomes?from=2024-01-01&to=2024-06-30`)).data;
    expect(empty.change.statement).toContain('no comparison');
    expect(empty.change.timeToLive).toBeNull();
  });

  it('refuses what it must: dates in the wrong order or not dates, partner users, other orgs', async () => {
    const order = await owner.get(`${V1}/history/outcomes?from=2026-06-30&to=2026-03-31`);
    expect([order.statusCode, order.data.issues[0].field]).toEqual([400, 'query.from']);
    const bad = await owner.get(`${V1}/history/outcomes?from=2026-02-30`);
    expect([bad.statusCode, bad.data.issues[0].field]).toEqual([400, 'query.from']);
    expect((await partner.get(`${V1}/history`)).statusCode).toBe(403);
    expect((await partner.get(`${V1}/history/outcomes`)).statusCode).toBe(403);
    expect((await globex.get(`${V1}/history`)).statusCode).toBe(404);
  });

  it('splits the outcomes into partners who went through remediation and the others, adding up', async () => {
    const q = 'from=2026-03-31&to=2026-06-30';
    const program = (await owner.get(`${V1}/history/outcomes?${q}`)).data;
    const res = await owner.get(`${V1}/history/remediation-impact?${q}`);
    expect(res.statusCode, res.body).toBe(200);
    for (const side of ['before', 'after'])
      expect(res.data.remediated[side].projects + res.data.others[side].projects).toBe(
        program[side].projects,
      );
    expect(res.data.statement).toContain('partners who went through remediation');
    expect(res.data.statement).toContain('partners who did not');
    const order = await owner.get(`${V1}/history/remediation-impact?from=2026-06-30&to=2026-03-31`);
    expect([order.statusCode, order.data.issues[0].field]).toEqual([400, 'query.from']);
    expect((await partner.get(`${V1}/history/remediation-impact`)).statusCode).toBe(403);
    expect((await globex.get(`${V1}/history/remediation-impact`)).statusCode).toBe(404);
  });
});

describe("a partner's dated attributes", () => {
  it('an import that changes a tier and a manager closes the old values; the history lists both', async () => {
    const before = (await owner.get(`${V1}/partners/P-C/history`)).data;
    expect(before.attributes.find((a: { attribute: string }) => a.attribute === 'tier').values).toEqual([
      { value: 'Gold', validFrom: '2023-09-02', validTo: null },
    ]);
    const csv = [
      'external_id,name,type,tier,region,segment,joined_on,lifecycle,executive_sponsor,owner,valid_from',
      'P-C,Partner C,strategic,Platinum,NA,Mid-Market,2023-09-02,active,VP Sales,Sam Reyes,2026-11-01',
    ].join('\n');
    const res = await owner.request('POST', `${V1}/imports/partners`, csv, {
      'content-type': 'text/csv',
      'x-filename': 'partners.csv',
    });
    expect(res.statusCode, res.body).toBe(202);
    expect((await s.waitForJob(owner, 'demo', res.data.id)).status).toBe('done');
    const after = (await owner.get(`${V1}/partners/P-C/history`)).data;
    const of = (attribute: string) =>
      after.attributes.find((a: { attribute: string }) => a.attribute === attribute);
    expect(of('tier')).toEqual({
      attribute: 'tier',
      label: 'Program tier',
      values: [
        { value: 'Gold', validFrom: '2023-09-02', validTo: '2026-11-01' },
        { value: 'Platinum', validFrom: '2026-11-01', validTo: null },
      ],
    });
    expect(of('owner').values.map((v: { value: string }) => v.value)).toEqual(['Dana Alvarez', 'Sam Reyes']);
    expect(of('executive_sponsor').values).toEqual([
      { value: 'VP Sales', validFrom: '2023-09-02', validTo: null },
    ]);
    // The stored September assessment still says Gold: it read the tier valid then.
    const sept = (await owner.get(`${V1}/assessments/latest/performance?q=Partner%20C`)).data;
    expect(sept.items[0].programTier, JSON.stringify(sept).slice(0, 400)).toBe('Gold');
  });

  it('partner users see their own partner only; other orgs see nothing', async () => {
    const own = await partner.get(`${V1}/partners/P-A/history`);
    expect([own.statusCode, own.data.partner]).toEqual([200, 'P-A']);
    expect((await partner.get(`${V1}/partners/P-C/history`)).statusCode).toBe(404);
    expect((await owner.get(`${V1}/partners/P-NONE/history`)).statusCode).toBe(404);
    expect((await globex.get(`${V1}/partners/P-A/history`)).statusCode).toBe(404);
  });
});
