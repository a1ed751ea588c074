/**
 * Spot audits through the API (docs/governance.md, "Spot audits"; docs/api.md): a program manager
 * draws a share of the quarter (the same seed draws the same evaluations), assessors decide items
 * (an overturn re-scores the partner at once and is in the audit log), the rates follow; and the
 * refusals — deciding twice, a level outside the rubric, a viewer deciding, a partner user
 * reading, another org, an assessor deciding an evaluation they scored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestServer, type TestServer } from './support/test-server.ts';

const V1 = '/api/v1/orgs/demo';
let s: TestServer;
let owner: Client;
let manager: Client;
let viewer: Client;
let partner: Client;
/** Assessors signed in under the names the example's evaluations carry (examples/seed-saas). */
let ari: Client;
let bea: Client;

const addAssessor = async (name: string, email: string): Promise<Client> => {
  const res = await owner.post(`${V1}/members`, {
    email,
    name,
    role: 'assessor',
    password: 'assessor-pass-1',
  });
  expect(res.statusCode, res.body).toBe(201);
  return s.signIn(email, 'assessor-pass-1');
};

const evaluationsOf = (audit: { items: { evaluation: string }[] }) => audit.items.map((i) => i.evaluation);

beforeAll(async () => {
  s = await startTestServer();
  owner = await s.tokenClient('owner');
  manager = await s.tokenClient('program_manager');
  viewer = await s.tokenClient('viewer');
  partner = await s.tokenClient('partner');
  ari = await addAssessor('Ari Stone', 'ari@example.test');
  bea = await addAssessor('Bea Novak', 'bea@example.test');
});
afterAll(() => s?.close());

describe('spot audits', () => {
  it('a manager draws a share of the quarter; the same seed draws the same evaluations', async () => {
    const first = await manager.post(`${V1}/spot-audits`, {
      asOf: '2026-03-31',
      share: 0.25,
      seed: 20260331,
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.data).toMatchObject({
      number: 1,
      asOf: '2026-03-31',
      quarter: '2026-Q1',
      quarterStart: '2026-01-01',
      share: 0.25,
      seed: 20260331,
      decided: 0,
      overturned: 0,
    });
    // Every stratum contributes ⌊0.25 n + 0.5⌋ of its n passing evaluations, at least one.
    for (const st of first.data.strata)
      expect(st.drawn).toBe(Math.min(st.size, Math.max(1, Math.floor(0.25 * st.size + 0.5))));
    const drawn = first.data.strata.reduce((n: number, st: { drawn: number }) => n + st.drawn, 0);
    expect(first.data.items).toHaveLength(drawn);
    expect(first.data.drawn).toBe(drawn);
    expect(first.data.items[0]).toMatchObject({ outcome: null, newLevel: null, auditor: null });
    expect(first.data.items.every((i: { level: number }) => i.level >= 2)).toBe(true);

    const again = await manager.post(`${V1}/spot-audits`, {
      asOf: '2026-03-31',
      share: 0.25,
      seed: 20260331,
    });
    expect(again.data.number).toBe(2);
    expect(evaluationsOf(again.data)).toEqual(evaluationsOf(first.data));

    // No seed: the server picks one and stores it; drawing with it again gives the same sample.
    const random = await manager.post(`${V1}/spot-audits`, { asOf: '2026-03-31', share: 0.25 });
    expect(random.statusCode, random.body).toBe(201);
    expect(Number.isInteger(random.data.seed)).toBe(true);
    const stored = await viewer.get(`${V1}/spot-audits/${random.data.number}`);
    expect(stored.data.seed).toBe(random.data.seed);
    const { strata: _, ...asDrawn } = random.data;
    expect(stored.data).toEqual(asDrawn);
    const repeat = await manager.post(`${V1}/spot-audits`, {
      asOf: '2026-03-31',
      share: 0.25,
      seed: random.data.seed,
    });
    expect(evaluationsOf(repeat.data)).toEqual(evaluationsOf(random.data));

    const list = await viewer.get(`${V1}/spot-audits`);
    expect(list.data.items.map((a: { number: number }) => a.number)).toEqual([4, 3, 2, 1]);
    expect((await viewer.get(`${V1}/spot-audits/latest`)).data.number).toBe(4);
  });

  it('assessors uphold and overturn; the overturn re-scores the partner and is in the audit log', async () => {
    const audit = (await manager.post(`${V1}/spot-audits`, { asOf: '2026-03-31', share: 1, seed: 1 })).data;
    expect(evaluationsOf(audit)).toEqual(expect.arrayContaining(['E-A-1-1', 'E-B-3-1']));
    const before = (await viewer.get(`${V1}/partners/P-B/readiness`)).data;

    const up = await ari.put(`${V1}/spot-audits/${audit.number}/items/E-A-1-1`, { outcome: 'upheld' });
    expect(up.statusCode, up.body).toBe(200);
    expect(up.data).toMatchObject({
      item: { evaluation: 'E-A-1-1', outcome: 'upheld', newLevel: null, auditor: 'ari@example.test' },
      rescored: null,
    });

    // B's only solutions-architecture evaluation (level 3, scored by Bea Novak).
    const over = await ari.put(`${V1}/spot-audits/${audit.number}/items/E-B-3-1`, {
      outcome: 'overturned',
      level: 1,
      reason: 'the design covers no security or integration constraint',
    });
    expect(over.statusCode, over.body).toBe(200);
    expect(over.data.item).toMatchObject({
      partner: 'P-B',
      person: 'P-B-R3',
      outcome: 'overturned',
      newLevel: 1,
    });
    expect(over.data.rescored).toMatchObject({ asOf: before.asOf, partner: 'P-B' });

    const after = (await viewer.get(`${V1}/partners/P-B/readiness`)).data;
    expect(after.asOf).toBe(before.asOf);
    expect(after.composite).toBeLessThan(before.composite);
    expect(after.skills).toBeLessThan(before.skills);
    // The readiness answer rounds the composite to 0.1; the re-scoring reports it as stored.
    expect(over.data.rescored.after.composite).toBeCloseTo(after.composite, 1);

    const log = async (action: string) =>
      (await owner.get(`/api/v1/orgs/demo/audit?action=${action}`)).data.items;
    expect((await log('evaluation.overturn'))[0]).toMatchObject({
      entityId: 'E-B-3-1',
      actor: 'ari@example.test',
      before: { level: 3 },
      after: { level: 1, spotAudit: audit.number },
    });
    expect(
      (await log('spot-audit.decide')).map((e: { after: { evaluation: string } }) => e.after.evaluation),
    ).toEqual(['E-B-3-1', 'E-A-1-1']);

    const results = await viewer.get(`${V1}/spot-audits/${audit.number}/results`);
    expect(results.statusCode, results.body).toBe(200);
    expect(results.data.audit).toBe(audit.number);
    expect(results.data.overall).toMatchObject({
      n: audit.items.length,
      audited: 2,
      upheld: 1,
      overturned: 1,
      rate: 0.5,
    });
    expect(results.data.byAssessor.find((r: { key: string }) => r.key === 'Bea Novak')).toMatchObject({
      audited: 2,
      overturned: 1,
      rate: 0.5,
    });
    expect(
      results.data.byCompetency.find((r: { key: string }) => r.key === 'solutions.architecture'),
    ).toMatchObject({ audited: 1, overturned: 1, rate: 1 });
    expect(results.data.byCompetency.find((r: { key: string }) => r.key === 'sales.discovery')).toMatchObject(
      {
        upheld: 1,
        overturned: 0,
      },
    );
    // Over every audit: the decisions are all in the last one.
    const all = await viewer.get(`${V1}/spot-audits/results`);
    expect(all.data).toMatchObject({ audit: null, overall: { audited: 2, overturned: 1, rate: 0.5 } });
    const stored = (await viewer.get(`${V1}/spot-audits/${audit.number}`)).data;
    expect(stored).toMatchObject({ decided: 2, overturned: 1 });
  });

  describe('refusals', () => {
    let number: number;
    const item = (evaluation: string) => `${V1}/spot-audits/${number}/items/${evaluation}`;
    const auditLogSize = async () =>
      (await s.db.query<{ n: number }>(`select count(*)::int as n from audit_log where org_id = 'demo'`))[0]!
        .n;

    beforeAll(async () => {
      number = (await manager.post(`${V1}/spot-audits`, { asOf: '2026-03-31', share: 1, seed: 2 })).data
        .number;
      expect((await bea.put(item('E-A-1-2'), { outcome: 'upheld' })).statusCode).toBe(200);
    });

    it('deciding twice: 409, and nothing written', async () => {
      const n = await auditLogSize();
      const res = await bea.put(item('E-A-1-2'), {
        outcome: 'overturned',
        level: 2,
        reason: 'second thoughts',
      });
      expect(res.statusCode, res.body).toBe(409);
      expect(res.data.detail).toMatch(/already decided \(upheld\)/);
      expect(await auditLogSize()).toBe(n);
      const listed = (await viewer.get(`${V1}/spot-audits`)).data.items.find(
        (a: { number: number }) => a.number === number,
      );
      expect(listed).toMatchObject({ decided: 1, overturned: 0 });
    });

    it('a level outside the rubric: 400 naming the level', async () => {
      const res = await bea.put(item('E-A-2-2'), { outcome: 'overturned', level: 5, reason: 'too generous' });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.data.issues).toEqual([expect.objectContaining({ field: 'level', value: '5' })]);
    });

    it('an assessor deciding an evaluation they scored: 403 saying why', async () => {
      const res = await ari.put(item('E-A-1-2'), { outcome: 'upheld' });
      expect(res.statusCode, res.body).toBe(403);
      expect(res.data.detail).toMatch(/scored the evaluation E-A-1-2 yourself \(assessor Ari Stone\)/);
      const own = await bea.put(item('E-A-1-1'), { outcome: 'upheld' });
      expect(own.statusCode, own.body).toBe(403);
      const still = (await viewer.get(`${V1}/spot-audits/${number}`)).data.items;
      expect(still.find((i: { evaluation: string }) => i.evaluation === 'E-A-1-1').outcome).toBeNull();
    });

    it('a viewer may read but not decide or draw; a partner user sees nothing', async () => {
      expect((await viewer.put(item('E-A-2-2'), { outcome: 'upheld' })).statusCode).toBe(403);
      expect((await viewer.post(`${V1}/spot-audits`, { asOf: '2026-03-31', share: 0.5 })).statusCode).toBe(
        403,
      );
      expect((await ari.post(`${V1}/spot-audits`, { asOf: '2026-03-31', share: 0.5 })).statusCode).toBe(403);
      for (const url of [`${V1}/spot-audits`, `${V1}/spot-audits/${number}`, `${V1}/spot-audits/results`])
        expect((await partner.get(url)).statusCode, url).toBe(403);
    });

    it('another org: 404 for its reads and writes', async () => {
      await s.db.query(`insert into orgs (id, name) values ('globex', 'Globex')`);
      const globex = await s.tokenClient('owner', 'globex');
      expect((await globex.get('/api/v1/orgs/globex/spot-audits')).data.items).toEqual([]);
      expect((await globex.get(`/api/v1/orgs/globex/spot-audits/${number}`)).statusCode).toBe(404);
      const put = await globex.put(`/api/v1/orgs/globex/spot-audits/${number}/items/E-A-2-2`, {
        outcome: 'upheld',
      });
      expect(put.statusCode, put.body).toBe(404);
      expect((await globex.get(`${V1}/spot-audits/${number}`)).statusCode).toBe(404);
    });

    it('a draw of a quarter without passing evaluations, or a share out of range: 400', async () => {
      const empty = await manager.post(`${V1}/spot-audits`, { asOf: '2025-06-30', share: 0.5 });
      expect(empty.statusCode, empty.body).toBe(400);
      expect(empty.data.issues[0]).toMatchObject({ field: 'asOf' });
      const share = await manager.post(`${V1}/spot-audits`, { asOf: '2026-03-31', share: 0 });
      expect(share.statusCode).toBe(400);
      expect(share.body).toMatch(/share/);
    });
  });
});
