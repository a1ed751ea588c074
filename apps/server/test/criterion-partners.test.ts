/**
 * The drill-down of a criterion: GET …/criteria/:criterion/partners pages the partners behind the
 * signal, each with its own figure. On the demo org the figures are checked against the example's
 * CSV files (read here, independently of the importer) and against the signal's own value and basis;
 * then paging, search, criteria not counted per partner, and the denials.
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
const AS_OF = '2026-09-30';

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

const drill = (criterion: string, query = '') =>
  owner.get(`${V1}/assessments/1/criteria/${criterion}/partners?limit=500${query}`);

describe('criterion drill-down', () => {
  it('lists each surveyed partner with its own training score, as the survey file has it', async () => {
    const criterion = (await owner.get(`${V1}/assessments/1/criteria/enablement.training`)).data;
    const res = await drill('enablement.training');
    expect(res.statusCode).toBe(200);
    expect(res.data.countedPerPartner).toBe(true);
    expect(res.data.total).toBe(criterion.signal.sample);
    expect(res.data.items.map((r: { externalId: string }) => r.externalId)).toEqual(
      criterion.signal.partners,
    );
    // Each partner's latest survey on or before the as-of date, from the file.
    const latest = new Map<string, Record<string, string>>();
    for (const row of csv('surveys.csv'))
      if (
        row.responded_on! <= AS_OF &&
        (latest.get(row.partner_external_id!)?.responded_on ?? '') < row.responded_on!
      )
        latest.set(row.partner_external_id!, row);
    for (const item of res.data.items) {
      const survey = latest.get(item.externalId)!;
      expect(item.detail).toBe(`${Number(survey.training)}/10 (survey of ${survey.responded_on})`);
    }
    // And they average to the signal's value.
    const scores = res.data.items.map((r: { externalId: string }) =>
      Number(latest.get(r.externalId)!.training),
    );
    expect(scores.reduce((a: number, b: number) => a + b, 0) / scores.length).toBeCloseTo(
      criterion.signal.value,
      9,
    );
    // Name, type and health come from the partner's performance row.
    const a = res.data.items.find((r: { externalId: string }) => r.externalId === 'P-A');
    const p = csv('partners.csv').find((r) => r.external_id === 'P-A')!;
    expect(a).toMatchObject({ name: p.name, type: p.type });
    expect(a.health).toMatch(/^(engaged|passive|at-risk|dormant)$/);
  });

  it('gives each partner its share of a ratio, adding up to the signal’s numerator', async () => {
    const criterion = (await owner.get(`${V1}/assessments/1/criteria/governance.cadence`)).data;
    const [, held, scheduled] = /^(\d+) of (\d+) /.exec(criterion.signal.basis)!.map(Number);
    const items = (await drill('governance.cadence')).data.items as { detail: string }[];
    const parts = items.map((r) => /^(\d+) of (\d+) QBRs? held$/.exec(r.detail)!.map(Number));
    expect(parts.reduce((n, [, h]) => n + h!, 0)).toBe(held);
    expect(parts.every(([, h, d]) => h! > 0 && h! <= d! && d! <= scheduled!)).toBe(true);
  });

  it('pages and searches in the signal’s order', async () => {
    const all = (await drill('enablement.training')).data.items;
    const page = await owner.get(
      `${V1}/assessments/1/criteria/enablement.training/partners?limit=2&offset=1`,
    );
    expect(page.data).toMatchObject({ limit: 2, offset: 1, total: all.length });
    expect(page.data.items).toEqual(all.slice(1, 3));
    const one = await drill('enablement.training', `&q=${encodeURIComponent(all[0].name.slice(0, 5))}`);
    expect(one.data.items.map((r: { externalId: string }) => r.externalId)).toContain(all[0].externalId);
    expect((await drill('enablement.training', '&q=no-such-partner-zz')).data).toMatchObject({
      items: [],
      total: 0,
    });
    // `latest` names the same assessment.
    expect(
      (await owner.get(`${V1}/assessments/latest/criteria/enablement.training/partners?limit=500`)).data
        .items,
    ).toEqual(all);
  });

  it('says when a signal is not counted per partner, or there is no signal', async () => {
    expect((await drill('strategy.portfolio-balance')).data).toMatchObject({
      countedPerPartner: false,
      items: [],
    });
    expect((await drill('strategy.value-proposition')).data).toMatchObject({
      countedPerPartner: false,
      items: [],
    });
  });

  it('refuses what it must: unknown criterion or assessment, partner users, other orgs, bad paging', async () => {
    const unknown = await drill('no.such-criterion');
    expect([unknown.statusCode, unknown.data.detail]).toEqual([
      404,
      'No criterion no.such-criterion in assessment #1',
    ]);
    expect((await owner.get(`${V1}/assessments/99/criteria/enablement.training/partners`)).statusCode).toBe(
      404,
    );
    // A partner user would see other partners: the drill-down is for the vendor's people.
    expect((await partner.get(`${V1}/assessments/1/criteria/enablement.training/partners`)).statusCode).toBe(
      403,
    );
    expect((await globex.get(`${V1}/assessments/1/criteria/enablement.training/partners`)).statusCode).toBe(
      404,
    );
    const bad = await owner.get(`${V1}/assessments/1/criteria/enablement.training/partners?limit=0`);
    expect([bad.statusCode, bad.data.issues[0].field]).toEqual([400, 'query.limit']);
  });
});
