/**
 * Calibration sessions through the API on the demo org: a program manager opens a session, three
 * assessors (signed in as themselves) rate blind, the manager closes it and the results carry alpha
 * — the same alpha the domain computes from the ratings given here; a viewer reads the results; an
 * assessor outside the session finds nothing; a partner user is refused everything.
 */
import { calibrationResult } from '@trellis/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PREFIX } from '../src/http/route.ts';
import { type Client, startTestServer, type TestServer } from './support/test-server.ts';

let s: TestServer;
const base = `${API_PREFIX}/orgs/demo/calibration-sessions`;
const people: Record<string, { client: Client; userId: string }> = {};
let partner: Client;
let number = 0;

/** Four evaluations of the demo org, and each assessor's level for them. */
let units: string[] = [];
const LEVELS: Record<string, number[]> = {
  ada: [3, 2, 4, 1],
  bo: [3, 3, 4, 1],
  cy: [2, 2, 3, 2],
};

beforeAll(async () => {
  s = await startTestServer();
  const owner = await s.tokenClient('owner');
  for (const [name, role] of [
    ['ada', 'assessor'],
    ['bo', 'assessor'],
    ['cy', 'assessor'],
    ['dee', 'assessor'],
    ['pam', 'program_manager'],
    ['vic', 'viewer'],
  ] as const) {
    const email = `${name}@demo.test`;
    const m = await owner.post(`${API_PREFIX}/orgs/demo/members`, {
      email,
      name,
      role,
      password: 'calibration-pass-1',
    });
    expect(m.statusCode, m.body).toBe(201);
    people[name] = { client: await s.signIn(email, 'calibration-pass-1'), userId: m.data.userId };
  }
  partner = await s.tokenClient('partner');
  units = (
    await s.db.query<{ external_id: string }>(
      `select external_id from evaluations where org_id = 'demo' order by external_id limit 4`,
    )
  ).map((r) => r.external_id);
});
afterAll(() => s?.close());

describe('calibration sessions (API)', () => {
  it('three assessors rate blind, the manager closes, the results carry alpha', async () => {
    const created = await people.pam!.client.post(base, {
      name: 'Q3 calibration',
      evaluations: units,
      raters: ['ada', 'bo', 'cy'].map((n) => people[n]!.userId),
      seed: 7,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.data).toMatchObject({ name: 'Q3 calibration', level: 'ordinal', status: 'open', seed: 7 });
    number = created.data.number;

    for (const [name, levels] of Object.entries(LEVELS)) {
      const mine = await people[name]!.client.get(`${base}/${number}/units`);
      expect(mine.statusCode).toBe(200);
      expect(mine.data.units.map((u: { unit: string }) => u.unit)).toEqual(units);
      // Blind: what a rater receives holds no one else's rating (nor the stored level or assessor).
      for (const u of mine.data.units) {
        expect(u.myRating).toBeNull();
        expect(Object.keys(u)).not.toContain('level');
      }
      for (const [i, value] of levels.entries()) {
        const r = await people[name]!.client.put(
          `${base}/${number}/units/${encodeURIComponent(units[i]!)}/rating`,
          {
            value,
          },
        );
        expect(r.statusCode, r.body).toBe(200);
      }
    }
    const twice = await people.ada!.client.put(
      `${base}/${number}/units/${encodeURIComponent(units[0]!)}/rating`,
      {
        value: 2,
      },
    );
    expect(twice.statusCode).toBe(409);
    expect(twice.data.detail).toMatch(/already rated/);

    const early = await people.vic!.client.get(`${base}/${number}/results`);
    expect([early.statusCode, early.data.detail]).toEqual([409, expect.stringMatching(/still open/)]);

    expect((await people.pam!.client.post(`${base}/${number}/close`, {})).statusCode).toBe(200);
    expect((await people.pam!.client.post(`${base}/${number}/close`, {})).statusCode).toBe(409);

    const results = await people.pam!.client.get(`${base}/${number}/results`);
    expect(results.statusCode, results.body).toBe(200);
    const given = Object.entries(LEVELS).flatMap(([name, levels]) =>
      levels.map((value, i) => ({ unit: units[i]!, rater: people[name]!.userId, value })),
    );
    const expected = calibrationResult(given, {
      level: 'ordinal',
      bootstrap: { draws: 1000, confidence: 0.95, seed: 7 },
    });
    expect(results.data.overall.alpha).toBeCloseTo(expected.alpha!, 12);
    expect(results.data.overall.interval).toMatchObject({ seed: 7, lower: expected.interval!.lower });
    expect(results.data.raters).toHaveLength(3);
  });

  it('a viewer reads the results; an assessor outside the session finds nothing; a partner user is refused', async () => {
    const viewer = await people.vic!.client.get(`${base}/${number}/results`);
    expect(viewer.statusCode).toBe(200);
    expect(typeof viewer.data.overall.alpha).toBe('number');
    for (const path of ['', '/units', '/results'])
      expect((await people.dee!.client.get(`${base}/${number}${path}`)).statusCode).toBe(404);
    expect((await people.dee!.client.get(base)).data.items).toEqual([]);
    const late = await people.dee!.client.put(
      `${base}/${number}/units/${encodeURIComponent(units[0]!)}/rating`,
      {
        value: 2,
      },
    );
    expect(late.statusCode).toBe(404);
    for (const path of ['', `/${number}`, `/${number}/results`])
      expect((await partner.get(`${base}${path}`)).statusCode).toBe(403);
  });
});
