/**
 * Dates written day-month are read in the order given (the mapping's, the one chosen) or, when none
 * is, in the order most of the file's dates show — one odd row never flips a file — and a date that
 * cannot be read is refused naming the format and where it came from (docs/import-format.md).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ensureOrg } from '../../src/db/open-database.ts';
import { csvText } from '../../src/importers/csv-source.ts';
import { type ImportOptions, importCsv } from '../../src/importers/import-csv.ts';
import type { Mapping } from '../../src/importers/mapping/mapping-schema.ts';
import { loadPreset } from '../../src/importers/mapping/presets.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { importAll, rejectionOf } from './import-fixtures.ts';

let t: TestDatabase;
let org = '';
let orgs = 0;
beforeAll(async () => {
  t = await openTestDatabase();
});
beforeEach(async () => {
  org = `dates-${++orgs}`;
  await ensureOrg(t.db, org);
  await importAll(t.db, org, ['partners']);
});
afterAll(() => t?.dispose());

/** A hand-written mapping that reads dates but does not say their order. */
const deals: Mapping = {
  kind: 'mapping',
  name: 'deals',
  entity: 'opportunities',
  columns: {
    external_id: 'Deal',
    partner_external_id: 'Partner',
    amount: { from: 'Amount', format: 'money' },
    stage: 'Stage',
    created_on: { from: 'Opened', format: 'date' },
    closed_on: { from: 'Closed', format: 'date', optional: true },
    sourced_by_partner: { from: 'Source', contains: 'partner' },
  },
};

const file = (rows: [opened: string, closed?: string][]) =>
  [
    'Deal,Partner,Amount,Stage,Opened,Closed,Source',
    ...rows.map(([opened, closed], i) =>
      closed
        ? `D-${i + 1},P-001,100,won,${opened},${closed},partner`
        : `D-${i + 1},P-001,100,open,${opened},,web`,
    ),
  ].join('\n');

const importDeals = (text: string, opts: ImportOptions = {}) =>
  importCsv(t.db, org, 'opportunities', csvText('deals.csv', text), { mapping: deals, ...opts });

const created = async () =>
  (
    await t.db.query<{ external_id: string; created_on: string }>(
      'select external_id, created_on from opportunities where org_id = $1 order by external_id',
      [org],
    )
  ).map((r) => `${r.external_id} ${r.created_on}`);

describe('the order of day-month dates', () => {
  it('is the order most of the file shows: day first here, and 3/4/2026 is read as 3 April', async () => {
    const r = await importDeals(file([['15/03/2026', '20/04/2026'], ['3/4/2026'], ['28/02/2026']]));
    expect(await created()).toEqual(['D-1 2026-03-15', 'D-2 2026-04-03', 'D-3 2026-02-28']);
    expect(r.notices).toContain(
      'dates read as DD/MM/YYYY, the order most of them show: 3 can only be day first, 1 either way',
    );
  });

  it('is not flipped by one odd row, which is refused naming the file’s format', async () => {
    const err = await rejectionOf(
      importDeals(file([['15/03/2026'], ['16/03/2026'], ['3/17/2026'], ['18/03/2026', '19/03/2026']])),
    );
    expect(err.issues).toEqual([
      expect.objectContaining({
        line: 4,
        column: 'created_on (Opened)',
        value: '3/17/2026',
        reason: '"3/17/2026" is not a date in DD/MM/YYYY, the file\'s format',
      }),
    ]);
    expect(await created()).toEqual([]);
  });

  it('an ambiguous file keeps the usual rule (slashes month first) and says which format it assumed', async () => {
    const r = await importDeals(file([['3/4/2026'], ['5/6/2026']]));
    expect(await created()).toEqual(['D-1 2026-03-04', 'D-2 2026-05-06']);
    expect(r.notices).toContain(
      'dates read as M/D/YYYY, assumed: every date reads either way (like 3/4/2026: 4 March or 3 April); if they are day first, set the date format to DD/MM/YYYY',
    );
    const cli = await importDeals(file([['3/4/2026'], ['5/6/2026']]), { dryRun: true, audience: 'cli' });
    expect(cli.notices.some((n) => /; if they are day first, use --date-format DD\/MM\/YYYY$/.test(n))).toBe(
      true,
    );
  });

  it('decides from the first 1,000 rows before staging any, and keeps every row’s line', async () => {
    const rows: [string][] = Array.from({ length: 1200 }, (_, i) => [
      `${13 + (i % 15)}/${1 + (i % 12)}/2025`,
    ]);
    rows[1099] = ['31/31/2025'];
    const err = await rejectionOf(importDeals(file(rows), { batchRows: 150 }));
    expect(err.issues).toEqual([
      expect.objectContaining({
        line: 1101,
        value: '31/31/2025',
        reason: '"31/31/2025" is not a date in DD/MM/YYYY, the file\'s format',
      }),
    ]);
    rows[1099] = ['14/1/2025'];
    const r = await importDeals(file(rows), { batchRows: 150 });
    expect(r).toMatchObject({ rows: 1200, inserted: 1200 });
    expect((await created()).slice(0, 2)).toEqual(['D-1 2025-01-13', 'D-10 2025-10-22']);
  });

  it('a preset’s format is named as the preset’s, and a file that mostly disagrees gets the fix', async () => {
    const report = (dates: string[]) =>
      [
        'Opportunity ID,Opportunity Name,Partner Account ID,Stage,Amount,Created Date,Close Date,Lead Source',
        ...dates.map((d, i) => `O-${i + 1},Deal,P-001,Prospecting,$5.00,${d},${d},Web`),
      ].join('\n');
    const preset = { mapping: loadPreset('salesforce-opportunities') };
    const typo = await rejectionOf(importDeals(report(['3/15/2026', '13/45/2026']), preset));
    expect(typo.issues[0]).toMatchObject({
      line: 3,
      reason: '"13/45/2026" is not a date in M/D/YYYY, the mapping\'s date format',
    });
    expect(typo.extra.byColumn).toEqual([expect.not.objectContaining({ hint: expect.anything() })]);
    // A day-first locale's export through the US preset: the fix is the date format.
    const dayFirst = report(['15/03/2026', '16/03/2026', '1/2/2026']);
    const web = await rejectionOf(importDeals(dayFirst, preset));
    expect(web.extra.byColumn).toEqual([
      expect.objectContaining({
        column: 'created_on (Created Date)',
        count: 2,
        hint: 'set the date format to DD/MM/YYYY',
      }),
    ]);
    const cli = await rejectionOf(importDeals(dayFirst, { ...preset, audience: 'cli' }));
    expect(cli.extra.byColumn).toEqual([expect.objectContaining({ hint: 'use --date-format DD/MM/YYYY' })]);
    // …which reads it.
    await importDeals(dayFirst, { ...preset, dateOrder: 'DMY' });
    expect(await created()).toEqual(['O-1 2026-03-15', 'O-2 2026-03-16', 'O-3 2026-02-01']);
  });

  it('a format chosen for a canonical file is named as chosen', async () => {
    const canonical = [
      'external_id,partner_external_id,amount,stage,created_on,closed_on,sourced_by_partner',
      'O-1,P-001,10,open,15.03.2026,,true',
      'O-2,P-001,10,open,32.03.2026,,true',
    ].join('\n');
    const err = await rejectionOf(
      importCsv(t.db, org, 'opportunities', csvText('o.csv', canonical), { dateOrder: 'DMY' }),
    );
    expect(err.issues.map((i) => i.reason)).toEqual([
      '"32.03.2026" is not a date in DD.MM.YYYY, the date format chosen',
    ]);
  });
});
