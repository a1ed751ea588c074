/**
 * CRM exports as they come: the example's partners and opportunities rewritten in the shapes a
 * Salesforce account export and opportunity report have (their column names, picklist values,
 * M/D/YYYY dates, "$208,333.33" amounts, expected close dates on open deals, a report title and a
 * footer), imported with the presets, give exactly the assessment the canonical files give.
 */
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCaller } from '../../src/app/accounts/caller.ts';
import { assessProgramUseCase } from '../../src/app/assessments/assess-program.ts';
import { importSourcesUseCase } from '../../src/app/imports/import-sources.ts';
import { ensureOrg } from '../../src/db/open-database.ts';
import { EXAMPLE_DIR, readExampleDirectory } from '../../src/files/example-directory.ts';
import { loadProgramFramework } from '../../src/frameworks/load-framework.ts';
import { csvText } from '../../src/importers/csv-source.ts';
import { type ImportResult, importCsv } from '../../src/importers/import-csv.ts';
import { inferMapping } from '../../src/importers/mapping/infer-mapping.ts';
import { loadPreset, parseMapping, presetNames } from '../../src/importers/mapping/presets.ts';
import { sampleRecords } from '../../src/importers/mapping/sample-records.ts';
import { readTextFile } from '../../src/read-text-file.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { rejectionOf } from './import-fixtures.ts';

let t: TestDatabase;
const rows = (file: string) =>
  parse(readTextFile(join(EXAMPLE_DIR, file), 'example').text, { columns: true }) as Record<string, string>[];
const q = (v: string) => `"${v.replace(/"/g, '""')}"`;
const csv = (header: string[], body: string[][]) =>
  `${[header, ...body].map((r) => r.map(q).join(',')).join('\r\n')}\r\n`;
const us = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${m}/${d}/${y}`;
};
const dollars = (amount: string) =>
  `$${Number(amount).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

const TYPE: Record<string, string> = {
  strategic: 'Strategic Alliance',
  channel: 'Reseller',
  technology: 'Technology Partner',
  referral: 'Referral Partner',
};
const STATUS: Record<string, string> = { active: 'Active', onboarding: 'Onboarding', retired: 'Inactive' };
const OPEN_STAGES = ['Prospecting', 'Negotiation/Review', 'Proposal/Price Quote'];

const salesforceAccounts = () =>
  csv(
    [
      'Account ID',
      'Account Name',
      'Partner Type',
      'Partner Tier',
      'Region',
      'Segment',
      'Partner Since',
      'Partner Status',
      'Executive Sponsor',
      'Partner Manager',
      'Website',
    ],
    rows('partners.csv').map((p) => [
      p.external_id!,
      p.name!,
      TYPE[p.type!]!,
      p.tier!,
      p.region!,
      p.segment!,
      us(p.joined_on!),
      STATUS[p.lifecycle!]!,
      p.executive_sponsor!,
      p.owner!,
      'https://example.com',
    ]),
  );

const salesforceOpportunities = () =>
  [
    '"Opportunities with Partners"',
    '"Filtered By: Close Date equals FY2026"',
    '',
    csv(
      [
        'Opportunity ID',
        'Opportunity Name',
        'Partner Account ID',
        'Stage',
        'Amount',
        'Created Date',
        'Close Date',
        'Lead Source',
        'Deal Registration',
        'Region',
        'Segment',
        'Probability (%)',
      ],
      rows('opportunities.csv').map((o, i) => [
        o.external_id!,
        o.name!,
        o.partner_external_id!,
        o.stage === 'won' ? 'Closed Won' : o.stage === 'lost' ? 'Closed Lost' : OPEN_STAGES[i % 3]!,
        dollars(o.amount!),
        us(o.created_on!),
        // An open deal's Close Date is when it is expected to close: not a close.
        o.stage === 'open' ? '12/31/2027' : us(o.closed_on!),
        o.sourced_by_partner === 'true' ? 'Partner Referral' : i % 2 ? 'Web' : 'Trade Show',
        o.registered === 'true' ? 'Yes' : 'No',
        o.region!,
        o.segment!,
        '50',
      ]),
    ).trimEnd(),
    '',
    '"Total",,,,"$12,345,678.90"',
    '"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."',
    '"Confidential Information - Do Not Distribute"',
    '',
  ].join('\r\n');

const assess = (org: string) =>
  assessProgramUseCase(t.db, systemCaller(org), {
    brief: example.brief,
    briefName: 'brief',
    framework: loadProgramFramework('v1'),
    today: '2030-01-01',
  });

let example: Awaited<ReturnType<typeof readExampleDirectory>>;
let results: ImportResult[];

beforeAll(async () => {
  t = await openTestDatabase();
  example = await readExampleDirectory();
  await ensureOrg(t.db, 'canonical');
  await ensureOrg(t.db, 'crm');
  await importSourcesUseCase(t.db, systemCaller('canonical'), { sources: example.sources });
  results = [
    await importCsv(t.db, 'crm', 'partners', csvText('accounts.csv', salesforceAccounts()), {
      mapping: loadPreset('salesforce-accounts'),
    }),
    await importCsv(
      t.db,
      'crm',
      'opportunities',
      csvText('Opportunities with Partners.csv', salesforceOpportunities()),
      {
        mapping: loadPreset('salesforce-opportunities'),
      },
    ),
  ];
  const { partners: _p, opportunities: _o, ...rest } = example.sources;
  await importSourcesUseCase(t.db, systemCaller('crm'), { sources: rest });
});
afterAll(() => t?.dispose());

describe('CRM exports through the presets', () => {
  it('ships the four presets', () => {
    expect(presetNames()).toEqual([
      'hubspot-deals',
      'psa-projects',
      'salesforce-accounts',
      'salesforce-opportunities',
    ]);
  });

  it('import every row, skipping the report title and footer and the columns they do not use, with notices', () => {
    expect(results[0]).toMatchObject({ rows: 26, inserted: 26 });
    expect(results[0]!.notices).toEqual(['1 source column not used by the mapping, ignored: Website']);
    expect(results[1]).toMatchObject({ rows: 102, inserted: 102 });
    expect(results[1]!.notices).toEqual([
      'skipped 2 lines above the header row (report title, filters)',
      'skipped 3 lines of totals or footer below the data',
      '1 source column not used by the mapping, ignored: Probability (%)',
    ]);
  });

  it('store exactly the canonical records', async () => {
    for (const table of ['partners', 'opportunities']) {
      const cols =
        table === 'partners'
          ? 'external_id, name, type, tier, region, segment, joined_on, lifecycle, executive_sponsor, owner'
          : 'external_id, name, amount::text, stage, created_on, closed_on, sourced_by_partner, registered, region, segment';
      const of = (org: string) =>
        t.db.query(`select ${cols} from ${table} where org_id = $1 order by external_id`, [org]);
      expect(await of('crm')).toEqual(await of('canonical'));
    }
  });

  it('yield the same assessment as the canonical files', async () => {
    const [a, b] = [await assess('canonical'), await assess('crm')];
    expect(b.report).toEqual(a.report);
  });

  it('a value the preset cannot read is reported under the source column, with the value', async () => {
    await ensureOrg(t.db, 'crm-bad');
    const bad = salesforceOpportunities()
      .replace('Closed Won', 'Closed Won')
      .replace(/"\$208,333\.33"/, '"lots"');
    const err = await rejectionOf(
      importCsv(t.db, 'crm-bad', 'opportunities', csvText('bad.csv', bad), {
        mapping: loadPreset('salesforce-opportunities'),
      }),
    );
    expect(err.issues.find((i) => i.column === 'amount')).toMatchObject({ line: 5, value: 'lots' });
    expect(err.issues.some((i) => i.column === 'partner_external_id (Partner Account ID)')).toBe(true);
  });

  it('--infer proposes, from the header and the values, a mapping that imports the same records', async () => {
    const { header, sample } = await sampleRecords(csvText('report.csv', salesforceOpportunities()));
    const inferred = inferMapping(header, sample);
    expect(inferred.mapping.entity).toBe('opportunities');
    expect(inferred.mapping.columns).toMatchObject({
      external_id: 'Opportunity ID',
      partner_external_id: 'Partner Account ID',
      amount: { from: 'Amount', format: 'money' },
      stage: { from: 'Stage', map: { 'Closed Won': 'won', 'Closed Lost': 'lost' }, otherwise: 'open' },
      created_on: { from: 'Created Date', format: 'date' },
      closed_on: { from: 'Close Date', format: 'date', onlyWhen: { stage: ['won', 'lost'] } },
      sourced_by_partner: { from: 'Lead Source', contains: 'partner' },
      registered: { from: 'Deal Registration', format: 'boolean' },
    });
    expect(inferred.notes).toContain('amount ← "Amount": amounts like "$208,333.33"');
    expect(inferred.yaml).toContain('# not used: Probability (%)');
    // The proposal is a valid mapping file, and it carries the data as the preset does.
    const mapping = parseMapping({ name: 'inferred.yaml', text: inferred.yaml });
    await ensureOrg(t.db, 'inferred');
    await importSourcesUseCase(t.db, systemCaller('inferred'), {
      sources: { partners: example.sources.partners },
    });
    await importCsv(t.db, 'inferred', 'opportunities', csvText('report.csv', salesforceOpportunities()), {
      mapping,
    });
    const of = (org: string) =>
      t.db.query(
        'select external_id, amount::text, stage, closed_on, sourced_by_partner from opportunities where org_id = $1 order by 1',
        [org],
      );
    expect(await of('inferred')).toEqual(await of('canonical'));
  });

  it('reads an .xlsx workbook like its CSV: the named sheet, typed cells, a report title', async () => {
    // The opportunity report as Excel: a notes sheet first, then the report with real dates and numbers.
    const lines = parse(salesforceOpportunities(), { relax_column_count: true }) as string[][];
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Notes').addRow(['Exported from Salesforce']);
    const ws = wb.addWorksheet('Report');
    for (const l of lines) {
      const [, , , , amount, created, closed] = l;
      const typed = /^\$[\d,.]+$/.test(amount ?? '') && /^\d+\/\d+\/\d{4}$/.test(created ?? '');
      if (!typed) {
        ws.addRow(l);
        continue;
      }
      const date = (us: string) => {
        const [m, d, y] = us.split('/').map(Number);
        return new Date(Date.UTC(y!, m! - 1, d!));
      };
      const row = [...l];
      (row as unknown[])[4] = Number(amount!.replace(/[$,]/g, ''));
      (row as unknown[])[5] = date(created!);
      (row as unknown[])[6] = date(closed!);
      ws.addRow(row);
    }
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    await ensureOrg(t.db, 'xlsx');
    await importSourcesUseCase(t.db, systemCaller('xlsx'), {
      sources: { partners: example.sources.partners },
    });
    const r = await importCsv(t.db, 'xlsx', 'opportunities', csvText('report.xlsx', bytes), {
      mapping: loadPreset('salesforce-opportunities'),
      sheet: 'Report',
    });
    expect(r).toMatchObject({ encoding: 'xlsx', rows: 102, inserted: 102 });
    const of = (org: string) =>
      t.db.query(
        'select external_id, amount::text, stage, created_on, closed_on from opportunities where org_id = $1 order by 1',
        [org],
      );
    expect(await of('xlsx')).toEqual(await of('canonical'));
    const missing = await rejectionOf(
      importCsv(t.db, 'xlsx', 'opportunities', csvText('report.xlsx', bytes), {
        mapping: loadPreset('salesforce-opportunities'),
        sheet: 'Nope',
      }),
    );
    expect(missing.issues[0]!.reason).toBe('sheets: Notes, Report');
  });

  it('a canonical file with day-first dates imports with a date format; without one it is refused', async () => {
    await ensureOrg(t.db, 'dmy');
    const text =
      'external_id,name,type,joined_on,lifecycle\nP-1,One,Channel,15.03.2024,Active\nP-2,Two,channel,01.02.2024,active\n';
    const refused = await rejectionOf(importCsv(t.db, 'dmy', 'partners', csvText('eu.csv', text)));
    expect(refused.issues.map((x) => x.column)).toEqual(['joined_on', 'joined_on']);
    const r = await importCsv(t.db, 'dmy', 'partners', csvText('eu.csv', text), { dateOrder: 'DMY' });
    expect(r.inserted).toBe(2);
    const stored = await t.db.query(
      `select external_id, type, joined_on, lifecycle from partners where org_id = 'dmy' order by 1`,
    );
    expect(stored).toEqual([
      { external_id: 'P-1', type: 'channel', joined_on: '2024-03-15', lifecycle: 'active' },
      { external_id: 'P-2', type: 'channel', joined_on: '2024-02-01', lifecycle: 'active' },
    ]);
  });

  it('the PSA preset reads a projects export, partners by name or by id', async () => {
    const text =
      'Project ID,Partner,Client,Start Date,Planned Go-Live,Actual Go-Live,CSAT,Defect Count,Renewed,Expanded,Budget\n' +
      'PR-1,Partner A,Acme,2026-01-05,2026-03-01,2026-03-10,9.5,2,Yes,No,"$50,000"\n' +
      'PR-2,P-B,Globex,2026-02-01,2026-05-01,,,,,,\n';
    const r = await importCsv(t.db, 'canonical', 'projects', csvText('psa.csv', text), {
      mapping: loadPreset('psa-projects'),
    });
    expect(r).toMatchObject({
      inserted: 2,
      notices: ['1 source column not used by the mapping, ignored: Budget'],
    });
    const rows = await t.db.query(
      `select d.external_id, p.external_id as partner, d.customer, d.actual_live_on, d.csat::text, d.defects, d.renewed, d.expanded
       from delivery_projects d join partners p on p.org_id = d.org_id and p.id = d.partner_id
       where d.org_id = 'canonical' and d.external_id like 'PR-%' order by 1`,
    );
    expect(rows).toEqual([
      {
        external_id: 'PR-1',
        partner: 'P-A',
        customer: 'Acme',
        actual_live_on: '2026-03-10',
        csat: '9.5',
        defects: 2,
        renewed: true,
        expanded: false,
      },
      {
        external_id: 'PR-2',
        partner: 'P-B',
        customer: 'Globex',
        actual_live_on: null,
        csat: null,
        defects: null,
        renewed: null,
        expanded: null,
      },
    ]);
  });

  it('the worked example of docs/import-format.md imports as the docs say', async () => {
    const doc = readTextFile(join(import.meta.dirname, '../../../../docs/import-format.md'), 'docs').text;
    const part = doc.slice(doc.indexOf('A worked example'));
    const [, csvBlock, yamlBlock] = /```\n([\s\S]*?)```[\s\S]*?```yaml\n([\s\S]*?)```/.exec(part)!;
    await ensureOrg(t.db, 'worked');
    await importSourcesUseCase(t.db, systemCaller('worked'), {
      sources: { partners: example.sources.partners },
    });
    const r = await importCsv(t.db, 'worked', 'opportunities', csvText('pipeline.csv', csvBlock!), {
      mapping: parseMapping({ name: 'example.yaml', text: yamlBlock! }),
    });
    expect(r.notices.slice(0, 2)).toEqual([
      'skipped 1 line above the header row (report title, filters)',
      'skipped 1 line of totals or footer below the data',
    ]);
    expect(
      await t.db.query(
        `select o.external_id, p.external_id as partner, o.amount::text, o.stage, o.closed_on, o.sourced_by_partner
         from opportunities o join partners p on p.org_id = o.org_id and p.id = o.partner_id where o.org_id = 'worked' order by 1`,
      ),
    ).toEqual([
      {
        external_id: 'D-17',
        partner: 'P-A',
        amount: '125000.00',
        stage: 'won',
        closed_on: '2026-08-28',
        sourced_by_partner: true,
      },
      {
        external_id: 'D-18',
        partner: 'P-B',
        amount: '9500.00',
        stage: 'open',
        closed_on: null,
        sourced_by_partner: false,
      },
    ]);
  });
});
