/**
 * The per-partner SQL aggregate on the test engine: as-of semantics (nothing after T counts),
 * period windows, open pipeline at T, latest survey, champion departure, org isolation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureOrg } from '../src/db/open-database.ts';
import { loadPartnerFacts } from '../src/db/queries/partner-facts.ts';
import type { PartnerFacts } from '../src/domain/partner-facts.ts';
import { openTestDatabase, TEST_ORG, type TestDatabase } from './support/test-database.ts';

let t: TestDatabase;
const window = (asOf: string) => ({ asOf, periodDays: 365, activeDays: 90 });
const facts = async (asOf: string, org = TEST_ORG): Promise<Map<string, PartnerFacts>> =>
  new Map((await loadPartnerFacts(t.db, org, window(asOf))).map((f) => [f.externalId, f]));

beforeAll(async () => {
  t = await openTestDatabase();
  const q = (sql: string, params: unknown[] = []) => t.db.query(sql, params);
  await ensureOrg(t.db, 'other-org');
  for (const [org, ext, joined] of [
    [TEST_ORG, 'P-1', '2025-01-01'],
    [TEST_ORG, 'P-LATE', '2026-10-15'],
    ['other-org', 'P-1', '2025-01-01'],
  ]) {
    await q(
      `insert into partners (org_id, external_id, name, type, joined_on, lifecycle) values ($1, $2, $2, 'strategic', $3, 'active')`,
      [org, ext, joined],
    );
  }
  const id = async (org: string, ext: string) =>
    (
      await t.db.query<{ id: number }>('select id from partners where org_id = $1 and external_id = $2', [
        org,
        ext,
      ])
    )[0]!.id;
  const p1 = await id(TEST_ORG, 'P-1');
  const other = await id('other-org', 'P-1');
  const opp = (
    org: string,
    pid: number,
    ext: string,
    amount: string,
    stage: string,
    created: string,
    closed: string | null,
    sourced = true,
  ) =>
    q(
      `insert into opportunities (org_id, external_id, partner_id, amount, stage, created_on, closed_on, sourced_by_partner, registered)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      // …R: registered; …U: registration unknown (the export did not say); else not registered.
      [
        org,
        ext,
        pid,
        amount,
        stage,
        created,
        closed,
        sourced,
        ext.endsWith('R') || (ext.endsWith('U') ? null : false),
      ],
    );
  await opp(TEST_ORG, p1, 'O-old', '1000.00', 'won', '2024-12-01', '2025-02-01'); // first win, before the period
  await opp(TEST_ORG, p1, 'O-1R', '2500.50', 'won', '2025-11-01', '2026-01-15'); // in period
  await opp(TEST_ORG, p1, 'O-2', '700.25', 'won', '2026-02-01', '2026-03-01', false); // in period, not sourced
  await opp(TEST_ORG, p1, 'O-3', '999.00', 'won', '2026-09-01', '2026-10-10'); // closes after T: open at T
  await opp(TEST_ORG, p1, 'O-4U', '300.00', 'open', '2026-04-01', null); // open, registration unknown
  await opp(TEST_ORG, p1, 'O-5', '5000.00', 'open', '2026-10-01', null); // created after T: ignored
  await opp(TEST_ORG, p1, 'O-6', '50.00', 'lost', '2026-05-01', '2026-08-01'); // open at T-90, lost before T
  await opp('other-org', other, 'O-X', '123456.00', 'won', '2026-01-01', '2026-02-01');
  await q(
    `insert into activities (org_id, external_id, partner_id, kind, occurred_on) values
     ($1, 'A-1', $2, 'training_completed', '2026-08-01'), ($1, 'A-2', $2, 'portal_login', '2026-09-29'),
     ($1, 'A-3', $2, 'portal_login', '2026-10-05'), ($1, 'A-4', $2, 'co_innovation', '2025-06-01')`,
    [TEST_ORG, p1],
  );
  await q(
    `insert into meetings (org_id, external_id, partner_id, kind, scheduled_on, held_on) values
     ($1, 'M-1', $2, 'qbr', '2026-03-15', '2026-03-15'), ($1, 'M-2', $2, 'qbr', '2026-06-15', null),
     ($1, 'M-3', $2, 'qbr', '2026-09-15', '2026-10-02'), ($1, 'M-4', $2, 'ops_sync', '2026-08-01', '2026-08-01')`,
    [TEST_ORG, p1],
  );
  await q(
    `insert into surveys (org_id, external_id, partner_id, responded_on, satisfaction, training) values
     ($1, 'S-1', $2, '2026-02-01', 6.5, 5), ($1, 'S-2', $2, '2026-08-01', 8, null), ($1, 'S-3', $2, '2026-11-01', 1, 1)`,
    [TEST_ORG, p1],
  );
  await q(
    `insert into partner_people (org_id, external_id, partner_id, name, role, is_champion, left_on) values
     ($1, 'H-1', $2, 'Ann', 'sales', true, '2026-06-01'), ($1, 'H-2', $2, 'Bo', 'admin', false, null),
     ($1, 'H-3', $2, 'Cy', 'sales', true, '2026-12-01')`,
    [TEST_ORG, p1],
  );
});
afterAll(() => t?.dispose());

describe('loadPartnerFacts', () => {
  it('returns one row per partner joined by T, for this org only', async () => {
    const f = await facts('2026-09-30');
    expect([...f.keys()]).toEqual(['P-1']);
    expect((await facts('2026-10-20')).has('P-LATE')).toBe(true);
  });

  it('aggregates money in cents over the period and the pipeline open at T', async () => {
    const p = (await facts('2026-09-30')).get('P-1')!;
    expect(p).toMatchObject({
      revenueCents: 320_075,
      sourcedRevenueCents: 250_050,
      deals: 2,
      pipelineCents: 129_900,
      firstWonOn: '2025-02-01',
      lastWonOn: '2026-03-01',
      opportunitiesCreated: 5,
      opportunitiesRegistered: 1,
      opportunitiesRegistrationUnknown: 1,
    });
    // At T − 90 (2026-07-02): O-4U (300) and O-6 (50) were open.
    expect(p.pipelinePriorCents).toBe(35_000);
  });

  it('ignores everything dated after T', async () => {
    const p = (await facts('2026-09-30')).get('P-1')!;
    expect(p.lastActivityOn).toBe('2026-09-29');
    expect(p).toMatchObject({ activitiesRecent: 2, trainingsCompleted: 1, portalLogins: 1, coInnovation: 0 });
    expect(p).toMatchObject({
      qbrScheduled: 3,
      qbrHeld: 1,
      lastQbrHeldOn: '2026-03-15',
      meetingsScheduled: 4,
      meetingsHeld: 2,
    });
    expect(p.survey).toEqual({
      respondedOn: '2026-08-01',
      satisfaction: 8,
      training: null,
      resources: null,
      support: null,
    });
    expect(p.surveyedInPeriod).toBe(true);
  });

  it('sees a champion who left with no current champion, and counts current contacts', async () => {
    expect((await facts('2026-09-30')).get('P-1')).toMatchObject({
      championDeparted: null,
      currentContacts: 2,
    });
    expect((await facts('2026-12-15')).get('P-1')).toMatchObject({
      championDeparted: { name: 'Cy', leftOn: '2026-12-01' },
      currentContacts: 1,
    });
    expect((await facts('2026-05-01')).get('P-1')).toMatchObject({
      championDeparted: null,
      currentContacts: 3,
    });
  });
});
