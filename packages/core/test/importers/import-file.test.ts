import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureOrg } from '../../src/db/open-database.ts';
import { importFile } from '../../src/files/csv-file.ts';
import { type EntityName, entityNames } from '../../src/importers/index.ts';
import { openTestDatabase, TEST_ORG, type TestDatabase } from '../support/test-database.ts';
import {
  countRows,
  editedFixture,
  fixture,
  importAll,
  rowVersions,
  tableOf,
  writeCsv,
} from './import-fixtures.ts';

let t: TestDatabase;
beforeEach(async () => {
  t = await openTestDatabase();
});
afterEach(async () => {
  await t.dispose();
});

const fixtureRows: Record<EntityName, number> = {
  partners: 4,
  people: 4,
  opportunities: 4,
  activities: 5,
  surveys: 3,
  meetings: 3,
  evaluations: 4,
  evidence: 5,
  projects: 3,
  references: 3,
};

describe('importFile', () => {
  it('imports the canonical file of every entity with typed values and partners resolved by external id', async () => {
    const results = await importAll(t.db);
    expect(results.map((r) => [r.entity, r.rows, r.inserted, r.updated, r.unchanged, r.dryRun])).toEqual(
      entityNames.map((e) => [e, fixtureRows[e], fixtureRows[e], 0, 0, false]),
    );
    const [opp] = await t.db.query(
      `select o.amount, o.closed_on, o.registered, o.sourced_by_partner, p.external_id as partner
         from opportunities o join partners p on p.org_id = o.org_id and p.id = o.partner_id
        where o.org_id = $1 and o.external_id = 'O-003'`,
      [TEST_ORG],
    );
    expect(opp).toEqual({
      amount: '9800.00',
      closed_on: '2025-04-01',
      registered: false,
      sourced_by_partner: false,
      partner: 'P-002',
    });
    const people = await t.db.query(
      `select external_id, is_champion, email from partner_people order by external_id`,
    );
    expect(people.map((p) => [p.external_id, p.is_champion, p.email])).toEqual([
      ['U-001', true, 'ana@acme.example'],
      ['U-002', false, 'ben@acme.example'],
      ['U-003', true, null],
      ['U-004', false, 'dee@cobalt.example'],
    ]);
    const [survey] = await t.db.query(
      `select training, support, comment from surveys where external_id = 'S-003'`,
    );
    expect(survey).toEqual({
      training: '7.0',
      support: '5.0',
      comment: 'Portal is slow,\nbut the docs are good',
    });
  });

  it('re-importing the same files changes nothing and writes no row', async () => {
    await importAll(t.db);
    const before = await Promise.all(entityNames.map((e) => rowVersions(t.db, tableOf[e])));
    const again = await importAll(t.db);
    expect(again.map((r) => [r.inserted, r.updated, r.unchanged])).toEqual(
      entityNames.map((e) => [0, 0, fixtureRows[e]]),
    );
    expect(await Promise.all(entityNames.map((e) => rowVersions(t.db, tableOf[e])))).toEqual(before);
  });

  it('a changed value updates only that row, and a new row is inserted', async () => {
    await importAll(t.db);
    const before = await rowVersions(t.db, 'opportunities');
    const file = editedFixture(
      'opportunities.csv',
      (text) =>
        text.replace('O-003,P-002,Brightline pilot,9800,', 'O-003,P-002,Brightline pilot,9900,') +
        'O-005,P-004,New deal,250,open,2025-12-01,,false,,,\n',
    );
    const result = await importFile(t.db, TEST_ORG, 'opportunities', file);
    expect(result).toMatchObject({ rows: 5, inserted: 1, updated: 1, unchanged: 3 });
    const after = await rowVersions(t.db, 'opportunities');
    const changed = Object.keys(after).filter((id) => after[id] !== before[id]);
    expect(changed).toEqual(['O-003', 'O-005']);
    const [row] = await t.db.query(`select amount from opportunities where external_id = 'O-003'`);
    expect(row).toEqual({ amount: '9900.00' });
  });

  it('a dry run validates, reports what would change and writes nothing', async () => {
    const first = await importFile(t.db, TEST_ORG, 'partners', fixture('partners.csv'), { dryRun: true });
    expect(first).toMatchObject({ rows: 4, inserted: 4, updated: 0, unchanged: 0, dryRun: true });
    expect(await countRows(t.db, 'partners')).toBe(0);

    await importAll(t.db);
    const before = await rowVersions(t.db, 'meetings');
    const file = editedFixture('meetings.csv', (text) =>
      text.replace(
        'M-002,P-001,executive_review,2025-12-01,,',
        'M-002,P-001,executive_review,2025-12-01,2025-12-02,',
      ),
    );
    const dry = await importFile(t.db, TEST_ORG, 'meetings', file, { dryRun: true });
    expect(dry).toMatchObject({ rows: 3, inserted: 0, updated: 1, unchanged: 2, dryRun: true });
    expect(await rowVersions(t.db, 'meetings')).toEqual(before);
  });

  it('keeps orgs apart: the same external ids in another org are other rows', async () => {
    await importAll(t.db);
    await ensureOrg(t.db, 'other-org');
    const results = await importAll(t.db, 'other-org');
    expect(results.map((r) => r.inserted)).toEqual(entityNames.map((e) => fixtureRows[e]));
    expect(await countRows(t.db, 'activities')).toBe(2 * fixtureRows.activities);
  });

  it('stages a large file in several batches and re-imports it unchanged', async () => {
    await importFile(t.db, TEST_ORG, 'partners', fixture('partners.csv'));
    const lines = ['external_id,partner_external_id,kind,occurred_on,detail'];
    for (let i = 0; i < 2500; i++)
      lines.push(
        `A-${i},P-00${1 + (i % 4)},portal_login,2025-01-${String(1 + (i % 28)).padStart(2, '0')},n${i}`,
      );
    const file = writeCsv('many-activities.csv', `${lines.join('\n')}\n`);
    const first = await importFile(t.db, TEST_ORG, 'activities', file, { batchRows: 1000 });
    expect(first).toMatchObject({ rows: 2500, inserted: 2500, updated: 0, unchanged: 0 });
    const again = await importFile(t.db, TEST_ORG, 'activities', file, { batchRows: 700 });
    expect(again).toMatchObject({ rows: 2500, inserted: 0, updated: 0, unchanged: 2500 });
  });

  it('accepts columns in any order and leaves absent optional columns empty', async () => {
    await importFile(t.db, TEST_ORG, 'partners', fixture('partners.csv'));
    const file = writeCsv(
      'reordered.csv',
      'occurred_on,kind,partner_external_id,external_id\n2025-03-01,certification,P-002,A-1\n',
    );
    expect(await importFile(t.db, TEST_ORG, 'activities', file)).toMatchObject({ inserted: 1 });
    const rows = await t.db.query(`select kind, occurred_on, person_external_id, detail from activities`);
    expect(rows).toEqual([
      { kind: 'certification', occurred_on: '2025-03-01', person_external_id: null, detail: null },
    ]);
  });
});
