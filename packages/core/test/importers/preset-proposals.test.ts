/**
 * A file whose header a shipped preset reads gets that preset proposed: by --infer and the infer
 * route (with the entity the preset fills), and in the refusal of an import that read it without
 * the preset or through another one — in the CLI's words or the web's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inferImportMappingUseCase } from '../../src/app/imports/infer-import-mapping.ts';
import { listImportPresetsUseCase } from '../../src/app/imports/list-import-presets.ts';
import { csvText } from '../../src/importers/csv-source.ts';
import { importCsv } from '../../src/importers/import-csv.ts';
import { loadPreset } from '../../src/importers/mapping/presets.ts';
import { proposePreset } from '../../src/importers/mapping/propose-preset.ts';
import { openTestDatabase, TEST_ORG, type TestDatabase } from '../support/test-database.ts';
import { importAll, rejectionOf } from './import-fixtures.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
  await importAll(t.db, TEST_ORG, ['partners']);
});
afterAll(() => t?.dispose());

/** A Salesforce "Opportunities with Partners" report: title lines, no Deal Registration column. */
const salesforceReport = [
  'Opportunities with Partners',
  '"Filtered By: Close Date equals FY2026"',
  '',
  'Opportunity ID,Opportunity Name,Partner Account ID,Stage,Amount,Created Date,Close Date,Lead Source,Region',
  'O-1,Deal 1,P-001,Closed Won,"$1,000.00",15/01/2026,20/02/2026,Partner Referral,EMEA',
  'O-2,Deal 2,P-002,Prospecting,$500.00,3/4/2026,31/12/2026,Web,NA',
].join('\n');

const FLAGS = /--preset|--mapping|--date-format/;

describe('proposing a preset', () => {
  it('names the preset every needed column of which the header has, and none for other headers', () => {
    const header = salesforceReport.split('\n')[3]!.split(',');
    expect(proposePreset(header, { audience: 'cli' })).toEqual({
      name: 'salesforce-opportunities',
      title: 'Salesforce opportunities',
      entity: 'opportunities',
      message: 'This looks like a Salesforce opportunities export: use --preset salesforce-opportunities',
      presetDateFormat: 'M/D/YYYY',
    });
    expect(proposePreset(header, { audience: 'api' })?.message).toBe(
      'This looks like a Salesforce opportunities export: choose the Salesforce opportunities preset',
    );
    // Another entity, a missing needed column, a canonical header: nothing to propose.
    expect(proposePreset(header, { audience: 'api', entity: 'partners' })).toBeUndefined();
    expect(
      proposePreset(
        header.filter((h) => h !== 'Lead Source'),
        { audience: 'api' },
      ),
    ).toBeUndefined();
    expect(
      proposePreset(['external_id', 'partner_external_id', 'amount', 'stage', 'created_on'], {
        audience: 'api',
      }),
    ).toBeUndefined();
  });

  it('the infer use-case proposes it, with its entity, the file’s date order decided by most dates', async () => {
    const web = await inferImportMappingUseCase(csvText('report.csv', salesforceReport));
    // The preset reads M/D/YYYY; this org's report is day first: the proposal says to set that too.
    expect(web.preset).toMatchObject({
      name: 'salesforce-opportunities',
      entity: 'opportunities',
      dateFormat: 'DD/MM/YYYY',
    });
    expect(web.entity).toBe('opportunities');
    expect(web.notes[0]).toBe(
      'This looks like a Salesforce opportunities export: choose the Salesforce opportunities preset, and set the date format to DD/MM/YYYY (most of its dates are day first)',
    );
    // 15/01, 20/02, 31/12 can only be day first; 3/4 either way: DD/MM/YYYY, not flipped.
    expect(web.dates).toEqual({ format: 'DD/MM/YYYY', order: 'DMY', basis: 'majority' });
    expect(web.mapping.dateFormat).toBe('DD/MM/YYYY');
    expect(`${web.yaml}\n${web.notes.join('\n')}`).not.toMatch(FLAGS);
    const cli = await inferImportMappingUseCase(csvText('report.csv', salesforceReport), { audience: 'cli' });
    expect(cli.yaml.split('\n')[0]).toBe(
      '# This looks like a Salesforce opportunities export: use --preset salesforce-opportunities, and use --date-format DD/MM/YYYY (most of its dates are day first)',
    );
    // A report in the preset's own order needs nothing more.
    const us = await inferImportMappingUseCase(
      csvText(
        'us.csv',
        salesforceReport
          .replace('15/01/2026,20/02/2026', '1/15/2026,2/20/2026')
          .replace('31/12/2026', '12/31/2026'),
      ),
      { audience: 'cli' },
    );
    expect(us.preset).toMatchObject({
      message: 'This looks like a Salesforce opportunities export: use --preset salesforce-opportunities',
      dateFormat: null,
    });
    // Asked for another entity: the preset does not fit it and is not proposed.
    const asPartners = await inferImportMappingUseCase(csvText('report.csv', salesforceReport), {
      entity: 'partners',
    });
    expect(asPartners.preset).toBeNull();
  });

  it('an import of the report as a canonical file is refused with the preset named, in the reader’s words', async () => {
    const source = () => csvText('report.csv', salesforceReport);
    const web = await rejectionOf(importCsv(t.db, TEST_ORG, 'opportunities', source()));
    expect(web.message).toMatch(
      /^report\.csv: \d+ problems? in the header row, nothing imported\. This looks like a Salesforce opportunities export: choose the Salesforce opportunities preset$/,
    );
    expect(web.extra).toMatchObject({
      headerRow: true,
      preset: {
        name: 'salesforce-opportunities',
        title: 'Salesforce opportunities',
        entity: 'opportunities',
      },
    });
    const cli = await rejectionOf(importCsv(t.db, TEST_ORG, 'opportunities', source(), { audience: 'cli' }));
    expect(cli.message).toMatch(/: use --preset salesforce-opportunities$/);
    // Through the wrong preset, the right one is named too.
    const wrong = await rejectionOf(
      importCsv(t.db, TEST_ORG, 'opportunities', source(), { mapping: loadPreset('hubspot-deals') }),
    );
    expect(wrong.message).toMatch(/This looks like a Salesforce opportunities export/);
    // And the preset reads it (day-first dates: the date format says so).
    const r = await importCsv(t.db, TEST_ORG, 'opportunities', source(), {
      mapping: loadPreset('salesforce-opportunities'),
      dateOrder: 'DMY',
    });
    expect(r).toMatchObject({ rows: 2, inserted: 2 });
  });

  it('lists the presets with their titles and date formats', () => {
    expect(listImportPresetsUseCase().map((p) => [p.name, p.title, p.dateFormat])).toEqual([
      ['hubspot-deals', 'HubSpot deals', 'YYYY-MM-DD'],
      ['psa-projects', 'PSA projects', null],
      ['salesforce-accounts', 'Salesforce partner accounts', 'M/D/YYYY'],
      ['salesforce-opportunities', 'Salesforce opportunities', 'M/D/YYYY'],
    ]);
  });
});
