/**
 * The drill-down of a criterion: GET …/criteria/:criterion/units lists every unit behind the
 * signal's denominator — failing ones first — each with its own figure. On the demo org the figures
 * are checked against the example's CSV files (read here, independently of the importer) and
 * against the signal's own value and basis; then paging, search, status, and the denials.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CriterionUnitRow } from '@trellis/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestServer, type TestServer } from './support/test-server.ts';

let s: TestServer;
let owner: Client;
let partner: Client;
let globex: Client;
const V1 = '/api/v1/orgs/demo';
const EXAMPLE = join(import.meta.dirname, '../../../examples/seed-saas');
const AS_OF = '2026-09-30';
const PERIOD_START = '2025-09-30';

beforeAll(async () => {
  s = await startTestServer();
  owner = await s.signIn('owner@demo.trellis.test');
  partner = await s.tokenClient('partner');
  await s.db.query(`insert into orgs (id, name) values ('globex', 'Globex')`);
  globex = await s.tokenClient('owner', 'globex');
});
afterAll(() => s?.close());

/** A plain CSV of the example (no quoted commas in these columns), as objects. */
const csv = (file: string) => {
  const [head, ...rows] = readFileSync(join(EXAMPLE, file), 'utf8').trim().split('\n');
  const cols = head!.split(',');
  return rows.map((r) => Object.fromEntries(r.split(',').map((v, i) => [cols[i], v])));
};
/** The partners in scope as of the assessment: joined by then, not retired. */
const inScope = () => csv('partners.csv').filter((p) => p.joined_on! <= AS_OF && p.lifecycle !== 'retired');

const drill = (criterion: string, query = '') =>
  owner.get(`${V1}/assessments/1/criteria/${criterion}/units?limit=500${query}`);
const units = async (criterion: string) => (await drill(criterion)).data.items as CriterionUnitRow[];
const basisCounts = (basis: string) => /^(\d+) of (\d+) /.exec(basis)!.slice(1).map(Number);
const signalOf = async (criterion: string) =>
  (await owner.get(`${V1}/assessments/1/criteria/${criterion}`)).data.signal;

/** Counted ones first, failing before unrated before passing. */
const rank = (u: CriterionUnitRow) => (!u.counted ? 3 : u.passes === false ? 0 : u.passes === null ? 1 : 2);
const inSignalOrder = (list: CriterionUnitRow[]) =>
  list.every((u, i) => i === 0 || rank(list[i - 1]!) <= rank(u));

describe('criterion drill-down: every unit behind the denominator', () => {
  it('"13 of 25 partners have a program tier" lists all 25, the 12 without one first', async () => {
    const signal = await signalOf('strategy.types-tiers');
    const [n, d] = basisCounts(signal.basis);
    const list = await units('strategy.types-tiers');
    const file = inScope();
    expect(list).toHaveLength(d!);
    expect(list).toHaveLength(file.length);
    expect(list.filter((u) => u.passes)).toHaveLength(n!);
    expect(inSignalOrder(list)).toBe(true);
    const untiered = file.filter((p) => !p.tier).map((p) => p.external_id);
    expect(list.slice(0, untiered.length).map((u) => u.id)).toEqual([...untiered].sort());
    expect(list[0]!.detail).toBe('no program tier');
    // Each tiered partner's own tier, as the file has it.
    for (const u of list.filter((x) => x.passes))
      expect(u.detail).toBe(`program tier ${file.find((p) => p.external_id === u.id)!.tier}`);
    const res = await drill('strategy.types-tiers');
    expect(res.data.counts).toEqual({
      units: d,
      counted: d,
      failing: d! - n!,
      passing: n,
      notCounted: 0,
    });
  });

  it('QBRs held: every strategic partner with QBRs due, 0 of 4 first, adding up to the basis', async () => {
    const signal = await signalOf('governance.cadence');
    const [held, due] = basisCounts(signal.basis);
    const list = await units('governance.cadence');
    const counted = list.filter((u) => u.counted);
    expect(counted.reduce((a, u) => a + u.value!, 0)).toBe(held);
    expect(counted.reduce((a, u) => a + u.of!, 0)).toBe(due);
    // From the file: QBRs scheduled in the period per strategic partner, and those held by T.
    const strategic = new Set(
      inScope()
        .filter((p) => p.type === 'strategic')
        .map((p) => p.external_id),
    );
    const perPartner = new Map<string, [number, number]>();
    for (const m of csv('meetings.csv')) {
      if (m.kind !== 'qbr' || !strategic.has(m.partner_external_id!)) continue;
      if (!(m.scheduled_on! > PERIOD_START && m.scheduled_on! <= AS_OF)) continue;
      const [h, s2] = perPartner.get(m.partner_external_id!) ?? [0, 0];
      perPartner.set(m.partner_external_id!, [h + (m.held_on && m.held_on <= AS_OF ? 1 : 0), s2 + 1]);
    }
    expect(counted.map((u) => [u.id, u.value, u.of]).sort()).toEqual(
      [...perPartner].map(([id, [h, s2]]) => [id, h, s2]).sort(),
    );
    // The worst first: a partner that held none of its QBRs leads the list.
    expect(list[0]!.passes).toBe(false);
    expect(list[0]!.value).toBe(0);
    expect(list[0]!.detail).toMatch(/^0 of \d+ QBRs? held$/);
    expect(inSignalOrder(list)).toBe(true);
    // Strategic partners with no QBR due are listed after, not counted.
    expect(list.filter((u) => !u.counted).every((u) => u.detail === 'no QBR scheduled in the period')).toBe(
      true,
    );
    expect(list).toHaveLength(strategic.size);
  });

  it('registered deals: per-partner opportunities add up to the basis', async () => {
    const signal = await signalOf('gtm.deal-collaboration');
    const [registered, created] = basisCounts(signal.basis);
    const list = await units('gtm.deal-collaboration');
    const counted = list.filter((u) => u.counted);
    expect(counted.reduce((a, u) => a + u.value!, 0)).toBe(registered);
    expect(counted.reduce((a, u) => a + u.of!, 0)).toBe(created);
    const inPeriod = csv('opportunities.csv').filter(
      (o) => o.created_on! > PERIOD_START && o.created_on! <= AS_OF,
    );
    const scope = new Set(inScope().map((p) => p.external_id));
    expect(created).toBe(inPeriod.filter((o) => scope.has(o.partner_external_id!)).length);
    expect(inSignalOrder(list)).toBe(true);
  });

  it('lists each surveyed partner with its own training score, lowest first, then those without a survey', async () => {
    const signal = await signalOf('enablement.training');
    const list = await units('enablement.training');
    const counted = list.filter((u) => u.counted);
    expect(counted).toHaveLength(signal.sample);
    expect(list).toHaveLength(inScope().length);
    const latest = new Map<string, Record<string, string>>();
    for (const row of csv('surveys.csv'))
      if (
        row.responded_on! <= AS_OF &&
        (latest.get(row.partner_external_id!)?.responded_on ?? '') < row.responded_on!
      )
        latest.set(row.partner_external_id!, row);
    for (const u of counted) {
      const survey = latest.get(u.id)!;
      expect(u.detail).toBe(`${Number(survey.training)}/10 (survey of ${survey.responded_on})`);
      expect(u.value).toBe(Number(survey.training));
    }
    // Lowest first, and they average to the signal's value.
    expect(counted.map((u) => u.value)).toEqual(counted.map((u) => u.value).sort((a, b) => a! - b!));
    expect(counted.reduce((a, u) => a + u.value!, 0) / counted.length).toBeCloseTo(signal.value, 9);
    for (const u of list.filter((x) => !x.counted)) expect(latest.has(u.id)).toBe(false);
    // Name, type and health come from the partner's performance row.
    const a = list.find((u) => u.id === 'P-A')!;
    const p = csv('partners.csv').find((r) => r.external_id === 'P-A')!;
    expect(a).toMatchObject({ kind: 'partner', name: p.name, type: p.type, programTier: p.tier });
    expect(a.health).toMatch(/^(engaged|passive|at-risk|dormant)$/);
  });

  it('target markets: the 6 regions and segments, those without an active partner first', async () => {
    const signal = await signalOf('strategy.portfolio-balance');
    const [covered, markets] = basisCounts(signal.basis);
    const list = await units('strategy.portfolio-balance');
    expect(list).toHaveLength(markets!);
    expect(list.filter((u) => u.passes)).toHaveLength(covered!);
    expect(new Set(list.map((u) => u.kind))).toEqual(new Set(['region', 'segment']));
    expect(inSignalOrder(list)).toBe(true);
    for (const u of list.filter((x) => x.passes)) expect(signal.basis).toContain(u.id);
  });

  it('pages, searches and keeps one status, in the signal’s order', async () => {
    const all = await units('strategy.types-tiers');
    const page = await owner.get(`${V1}/assessments/1/criteria/strategy.types-tiers/units?limit=2&offset=1`);
    expect(page.data).toMatchObject({ limit: 2, offset: 1, total: all.length });
    expect(page.data.items).toEqual(all.slice(1, 3));
    const failing = (await drill('strategy.types-tiers', '&status=failing')).data;
    expect(failing.items).toEqual(all.filter((u) => u.passes === false));
    expect(failing.counts.units).toBe(all.length);
    const one = await drill('strategy.types-tiers', `&q=${encodeURIComponent(all[0]!.name.slice(0, 9))}`);
    expect(one.data.items.map((r: CriterionUnitRow) => r.id)).toContain(all[0]!.id);
    expect((await drill('strategy.types-tiers', '&q=no-such-partner-zz')).data).toMatchObject({
      items: [],
      total: 0,
    });
    // `latest` names the same assessment.
    expect(
      (await owner.get(`${V1}/assessments/latest/criteria/strategy.types-tiers/units?limit=500`)).data.items,
    ).toEqual(all);
  });

  it('a criterion without a signal has no units', async () => {
    expect((await drill('strategy.value-proposition')).data).toMatchObject({ items: [], total: 0 });
  });

  it('refuses what it must: unknown criterion or assessment, partner users, other orgs, bad input', async () => {
    const unknown = await drill('no.such-criterion');
    expect([unknown.statusCode, unknown.data.detail]).toEqual([
      404,
      'No criterion no.such-criterion in assessment #1',
    ]);
    expect((await owner.get(`${V1}/assessments/99/criteria/enablement.training/units`)).statusCode).toBe(404);
    // A partner user would see other partners: the drill-down is for the vendor's people.
    expect((await partner.get(`${V1}/assessments/1/criteria/enablement.training/units`)).statusCode).toBe(
      403,
    );
    expect((await globex.get(`${V1}/assessments/1/criteria/enablement.training/units`)).statusCode).toBe(404);
    const bad = await owner.get(`${V1}/assessments/1/criteria/enablement.training/units?limit=0`);
    expect([bad.statusCode, bad.data.issues[0].field]).toEqual([400, 'query.limit']);
    const status = await owner.get(`${V1}/assessments/1/criteria/enablement.training/units?status=bad`);
    expect([status.statusCode, status.data.issues[0].field]).toEqual([400, 'query.status']);
  });
});
