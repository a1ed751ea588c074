/**
 * A column a file does not have is not a "no": a deal's registration and a project's renewal are
 * stored as unknown (NULL) when the export leaves them out or empty, a stored value is not erased
 * by a later export without the column, the import says so, and registered_deal_share counts only
 * the known registrations (docs/import-format.md, "Absent columns").
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ensureOrg } from '../../src/db/open-database.ts';
import { loadPartnerFacts } from '../../src/db/queries/partner-facts.ts';
import { csvText } from '../../src/importers/csv-source.ts';
import { importCsv } from '../../src/importers/import-csv.ts';
import { loadPreset } from '../../src/importers/mapping/presets.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { importAll } from './import-fixtures.ts';

let t: TestDatabase;
/** Each test in an org of its own, with the fixture's partners and people. */
let org = '';
let orgs = 0;
beforeAll(async () => {
  t = await openTestDatabase();
});
beforeEach(async () => {
  org = `absent-${++orgs}`;
  await ensureOrg(t.db, org);
  await importAll(t.db, org, ['partners', 'people']);
});
afterAll(() => t?.dispose());

const importText = (entity: 'opportunities' | 'evaluations' | 'projects', text: string, mapping?: string) =>
  importCsv(t.db, org, entity, csvText(`${entity}.csv`, text), {
    mapping: mapping ? loadPreset(mapping) : undefined,
  });

const registered = async () =>
  Object.fromEntries(
    (
      await t.db.query<{ external_id: string; registered: boolean | null }>(
        'select external_id, registered from opportunities where org_id = $1 order by external_id',
        [org],
      )
    ).map((r) => [r.external_id, r.registered]),
  );

const WITHOUT_REGISTRATION = [
  'external_id,partner_external_id,amount,stage,created_on,closed_on,sourced_by_partner',
  'O-1,P-001,100,won,2026-01-10,2026-02-01,true',
  'O-2,P-001,200,open,2026-03-01,,false',
  'O-3,P-002,300,open,2026-04-01,,true',
].join('\n');

describe('a column the file does not have', () => {
  it('stores a registration the export does not give as unknown, and says so', async () => {
    const r = await importText('opportunities', WITHOUT_REGISTRATION);
    expect(r).toMatchObject({ rows: 3, inserted: 3 });
    expect(await registered()).toEqual({ 'O-1': null, 'O-2': null, 'O-3': null });
    expect(r.notices).toEqual([
      'no registered column: registered is stored as unknown for new opportunities; those already stored keep theirs',
    ]);
  });

  it('stores an empty registration cell as unknown, and yes/no as given', async () => {
    await importText(
      'opportunities',
      [
        'external_id,partner_external_id,amount,stage,created_on,closed_on,sourced_by_partner,registered',
        'O-1,P-001,100,won,2026-01-10,2026-02-01,true,yes',
        'O-2,P-001,200,open,2026-03-01,,false,no',
        'O-3,P-002,300,open,2026-04-01,,true,',
      ].join('\n'),
    );
    expect(await registered()).toEqual({ 'O-1': true, 'O-2': false, 'O-3': null });
  });

  it('keeps what an earlier export said: a later one without the column changes nothing', async () => {
    await importText(
      'opportunities',
      [
        'external_id,partner_external_id,amount,stage,created_on,closed_on,sourced_by_partner,registered',
        'O-1,P-001,100,won,2026-01-10,2026-02-01,true,true',
        'O-2,P-001,200,open,2026-03-01,,false,false',
      ].join('\n'),
    );
    const again = await importText('opportunities', WITHOUT_REGISTRATION);
    expect(again).toMatchObject({ inserted: 1, updated: 0, unchanged: 2 });
    expect(await registered()).toEqual({ 'O-1': true, 'O-2': false, 'O-3': null });
    // A value the file does give still replaces the stored one.
    const changed = await importText('opportunities', WITHOUT_REGISTRATION.replace('200,open', '250,open'));
    expect(changed).toMatchObject({ updated: 1, unchanged: 2 });
    expect(await registered()).toMatchObject({ 'O-2': false });
  });

  it('a Salesforce report without Deal Registration: unknown, the notice names the export column', async () => {
    const report = [
      'Opportunity ID,Opportunity Name,Partner Account ID,Stage,Amount,Created Date,Close Date,Lead Source',
      'O-1,Deal 1,P-001,Closed Won,"$1,000.00",1/10/2026,2/1/2026,Partner Referral',
      'O-2,Deal 2,P-002,Prospecting,$500.00,3/1/2026,12/31/2026,Web',
    ].join('\n');
    const r = await importText('opportunities', report, 'salesforce-opportunities');
    expect(await registered()).toEqual({ 'O-1': null, 'O-2': null });
    expect(r.notices).toContain(
      'no "Deal Registration" column (registered): registered is stored as unknown for new opportunities; those already stored keep theirs',
    );
  });

  it('registered_deal_share reads only known registrations; the unknown are counted apart', async () => {
    await importText(
      'opportunities',
      [
        'external_id,partner_external_id,amount,stage,created_on,closed_on,sourced_by_partner,registered',
        'O-1,P-001,100,won,2026-01-10,2026-02-01,true,true',
        'O-2,P-001,200,open,2026-03-01,,false,false',
        'O-3,P-001,300,open,2026-04-01,,true,',
        'O-4,P-001,300,open,2026-05-01,,true,',
      ].join('\n'),
    );
    const [p1] = await loadPartnerFacts(t.db, org, {
      asOf: '2026-09-30',
      periodDays: 365,
      activeDays: 90,
    });
    expect(p1).toMatchObject({
      externalId: 'P-001',
      opportunitiesCreated: 4,
      opportunitiesRegistered: 1,
      opportunitiesRegistrationUnknown: 2,
    });
  });

  it('projects: renewal and expansion unknown when absent; evaluations: not proctored unless the file says so', async () => {
    const projects = await importText(
      'projects',
      [
        'external_id,partner_external_id,customer,started_on,planned_live_on',
        'D-1,P-001,Northwind,2025-09-01,2026-01-15',
      ].join('\n'),
    );
    const [project] = await t.db.query('select renewed, expanded from delivery_projects where org_id = $1', [
      org,
    ]);
    expect(project).toEqual({ renewed: null, expanded: null });
    expect(projects.notices).toEqual([
      'no renewed column: renewed is stored as unknown for new projects; those already stored keep theirs',
      'no expanded column: expanded is stored as unknown for new projects; those already stored keep theirs',
    ]);
    const evaluated = await importText(
      'evaluations',
      [
        'external_id,partner_external_id,person_external_id,competency,level,assessor,rubric_version,evaluated_on',
        'E-1,P-001,U-001,sales.discovery,3,Kim Lau,v1,2026-03-01',
      ].join('\n'),
    );
    const [evaluation] = await t.db.query('select proctored from evaluations where org_id = $1', [org]);
    expect(evaluation).toEqual({ proctored: false });
    expect(evaluated.notices).toEqual([]);
  });
});
