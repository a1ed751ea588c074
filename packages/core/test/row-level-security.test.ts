/**
 * Row-level security backs up the org_id filter of every query: an org's view of the database sees
 * and writes only that org's rows, even through a statement that forgets to filter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureOrg } from '../src/db/open-database.ts';
import { importFile } from '../src/files/csv-file.ts';
import { fixture } from './importers/import-fixtures.ts';
import { openTestDatabase, type TestDatabase } from './support/test-database.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
  await ensureOrg(t.db, 'org-a');
  await ensureOrg(t.db, 'org-b');
  await importFile(t.db.forOrg('org-a'), 'org-a', 'partners', fixture('partners.csv'));
  await importFile(t.db.forOrg('org-b'), 'org-b', 'partners', fixture('partners.csv'));
});
afterAll(() => t?.dispose());

describe('row-level security', () => {
  it('an org view reads only its org’s rows, even without a WHERE', async () => {
    const all = await t.db.query<{ n: number }>('select count(*)::int as n from partners');
    const a = await t.db.forOrg('org-a').query<{ org_id: string }>('select distinct org_id from partners');
    expect(a).toEqual([{ org_id: 'org-a' }]);
    const [n] = await t.db.forOrg('org-b').query<{ n: number }>('select count(*)::int as n from partners');
    expect(n!.n * 2).toBe(all[0]!.n);
  });

  it('runs as the unprivileged role, which cannot write another org’s rows', async () => {
    const [who] = await t.db.forOrg('org-a').query<{ u: string }>('select current_user as u');
    expect(who!.u).toBe('trellis_app');
    const err = await t.db
      .forOrg('org-a')
      .query(`insert into partners (org_id, external_id, name, type, joined_on, lifecycle)
              values ('org-b', 'X-1', 'Intruder', 'channel', '2026-01-01', 'active')`)
      .catch((e: Error) => e);
    expect(String(err)).toMatch(/row-level security/);
    const updated = await t.db
      .forOrg('org-a')
      .query(`update partners set owner = 'mallory' returning org_id`);
    expect(new Set(updated.map((r) => r.org_id))).toEqual(new Set(['org-a']));
    const [b] = await t.db.query<{ n: number }>(
      `select count(*)::int as n from partners where owner = 'mallory' and org_id = 'org-b'`,
    );
    expect(b!.n).toBe(0);
  });

  it('every table with an org_id has its policy forced, but those read before an org is known', async () => {
    const rows = await t.db.query<{ table: string; rls: boolean; forced: boolean }>(
      `select c.relname as table, c.relrowsecurity as rls, c.relforcerowsecurity as forced
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind = 'r'
         and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'org_id' and not a.attisdropped)
       order by 1`,
    );
    // Memberships, API tokens and jobs are looked up by user, token hash or job (0003).
    const outside = ['api_tokens', 'jobs', 'memberships'];
    expect(rows.filter((r) => !(r.rls && r.forced)).map((r) => r.table)).toEqual(outside);
    expect(rows.map((r) => r.table)).toEqual(
      expect.arrayContaining([
        'assessment_plan_status',
        'calibration_raters',
        'calibration_ratings',
        'calibration_sessions',
        'calibration_units',
        'import_mappings',
        'import_log',
        'partner_attribute_history',
      ]),
    );
  });

  it('an org view of an org that is not named sees nothing', async () => {
    expect(await t.db.forOrg('org-c').query('select * from partners')).toEqual([]);
    expect(() => t.db.forOrg("x'; drop table partners; --")).toThrow(/invalid org id/);
  });
});
