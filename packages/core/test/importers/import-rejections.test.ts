import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureOrg } from '../../src/db/open-database.ts';
import { importFile } from '../../src/files/csv-file.ts';
import { openTestDatabase, TEST_ORG, type TestDatabase } from '../support/test-database.ts';
import { countRows, fixture, rejectionOf, rowVersions, withoutValues, writeCsv } from './import-fixtures.ts';

let t: TestDatabase;
beforeEach(async () => {
  t = await openTestDatabase();
  await importFile(t.db, TEST_ORG, 'partners', fixture('partners.csv'));
});
afterEach(async () => {
  await t.dispose();
});

const where = (issues: { line?: number; column?: string }[]) =>
  issues.map((i) => `${i.line} ${i.column ?? '-'}`);

describe('importFile rejects', () => {
  it('a header without a required column, naming file and column', async () => {
    const file = fixture('partners-missing-column.csv');
    const err = await rejectionOf(importFile(t.db, TEST_ORG, 'partners', file));
    expect(err.code).toBe('IMPORT_REJECTED');
    expect(err.message).toBe(`${file}: 1 problem in the header row, nothing imported`);
    expect(withoutValues(err.issues)).toEqual([
      { file, line: 1, column: 'lifecycle', reason: 'missing required column "lifecycle"' },
    ]);
  });

  it('a header with an unknown column, naming file and column', async () => {
    const file = fixture('partners-unknown-column.csv');
    const err = await rejectionOf(importFile(t.db, TEST_ORG, 'partners', file));
    expect(err.message).toBe(`${file}: 1 problem in the header row, nothing imported`);
    expect(err.issues[0]).toMatchObject({ file, line: 1, column: 'website' });
  });

  it('every bad cell, with file, physical line, column and reason, and writes nothing', async () => {
    const file = fixture('opportunities-bad-values.csv');
    const err = await rejectionOf(importFile(t.db, TEST_ORG, 'opportunities', file));
    expect(err.message).toBe(`${file}: 12 problems, nothing imported`);
    expect(where(err.issues)).toEqual([
      '2 amount',
      '4 stage',
      '5 closed_on',
      '6 closed_on',
      '7 amount',
      '7 registered',
      '7 closed_on',
      '8 amount',
      '8 created_on',
      '8 sourced_by_partner',
      '9 external_id',
      '9 amount',
    ]);
    expect(err.issues.every((i) => i.file === file)).toBe(true);
    expect(err.issues[0]?.reason).toBe(
      '"$1200" is not a plain number (no currency sign or thousands separator)',
    );
    expect(err.issues.find((i) => i.line === 8 && i.column === 'created_on')?.reason).toBe(
      '"2026-02-30" is not a real calendar date',
    );
    expect(await countRows(t.db, 'opportunities')).toBe(0);
  });

  it('a partner_external_id that names no partner of this org, naming the value', async () => {
    await ensureOrg(t.db, 'other-org');
    await importFile(
      t.db,
      'other-org',
      'partners',
      writeCsv(
        'other.csv',
        'external_id,name,type,joined_on,lifecycle\nP-999,Elsewhere,channel,2024-01-01,active\n',
      ),
    );
    const file = fixture('people-unknown-partner.csv');
    const err = await rejectionOf(importFile(t.db, TEST_ORG, 'people', file));
    expect(err.message).toBe(`${file}: 2 problems, nothing imported`);
    expect(withoutValues(err.issues)).toEqual([
      { file, line: 3, column: 'partner_external_id', reason: 'no partner with external_id "P-404"' },
      { file, line: 4, column: 'partner_external_id', reason: 'no partner with external_id "P-999"' },
    ]);
    expect(err.issues.map((i) => i.value)).toEqual(['P-404', 'P-999']);
    expect(err.extra.byColumn).toEqual([{ column: 'partner_external_id', count: 2, examples: err.issues }]);
    expect(await countRows(t.db, 'partner_people')).toBe(0);
  });

  it('a repeated external_id on each later line, naming the earlier line', async () => {
    const file = fixture('activities-duplicate-ids.csv');
    const err = await rejectionOf(importFile(t.db, TEST_ORG, 'activities', file));
    expect(withoutValues(err.issues)).toEqual([
      { file, line: 4, column: 'external_id', reason: 'duplicate external_id "A-101" (already on line 2)' },
      { file, line: 6, column: 'external_id', reason: 'duplicate external_id "A-101" (already on line 4)' },
    ]);
  });

  it('a file whose last row is bad, leaving the table exactly as it was', async () => {
    const file = fixture('meetings-last-row-bad.csv');
    const err = await rejectionOf(importFile(t.db, TEST_ORG, 'meetings', file, { batchRows: 1 }));
    expect(where(err.issues)).toEqual(['4 kind']);
    expect(await countRows(t.db, 'meetings')).toBe(0);

    await importFile(t.db, TEST_ORG, 'meetings', fixture('meetings.csv'));
    const before = await rowVersions(t.db, 'meetings');
    await rejectionOf(importFile(t.db, TEST_ORG, 'meetings', file));
    expect(await rowVersions(t.db, 'meetings')).toEqual(before);
  });

  it('in a dry run too, references included', async () => {
    const file = fixture('people-unknown-partner.csv');
    const err = await rejectionOf(importFile(t.db, TEST_ORG, 'people', file, { dryRun: true }));
    expect(err.code).toBe('IMPORT_REJECTED');
    expect(where(err.issues)).toEqual(['3 partner_external_id', '4 partner_external_id']);
  });

  it('a missing file or a folder with INVALID_INPUT naming it', async () => {
    const missing = fixture('no-such-file.csv');
    const err = await rejectionOf(importFile(t.db, TEST_ORG, 'partners', missing));
    expect(err.code).toBe('INVALID_INPUT');
    expect(err.message).toBe(`${missing}: file not found`);
    const folder = mkdtempSync(`${tmpdir()}/trellis-folder-`);
    expect((await rejectionOf(importFile(t.db, TEST_ORG, 'partners', folder))).message).toBe(
      `${folder}: not a file`,
    );
  });

  it('an empty file and a malformed CSV, naming the file', async () => {
    const empty = writeCsv('empty.csv', '\n\n');
    expect((await rejectionOf(importFile(t.db, TEST_ORG, 'partners', empty))).message).toBe(
      `${empty}: the file is empty; a header row is required`,
    );
    const broken = writeCsv(
      'broken.csv',
      'external_id,partner_external_id,kind,occurred_on\nA-1,P-001,"portal_login,2025-01-01\n',
    );
    const err = await rejectionOf(importFile(t.db, TEST_ORG, 'activities', broken));
    expect(err.code).toBe('IMPORT_REJECTED');
    expect(err.issues[0]).toMatchObject({ file: broken });
  });

  it('with the total count of problems but at most 1000 listed, in line order', async () => {
    const lines = ['external_id,partner_external_id,kind,occurred_on'];
    for (let i = 0; i < 1500; i++)
      lines.push(`A-${i},P-001,${i === 0 ? 'portal_login' : 'webinar'},2025-01-01`);
    lines.push('A-1500,P-404,portal_login,2025-01-01');
    const file = writeCsv('many-bad.csv', `${lines.join('\n')}\n`);
    const err = await rejectionOf(importFile(t.db, TEST_ORG, 'activities', file));
    expect(err.message).toBe(`${file}: 1500 problems, nothing imported`);
    expect(err.issues).toHaveLength(1000);
    expect(err.issues[0]).toMatchObject({ line: 3, column: 'kind' });
    expect(err.issues[999]).toMatchObject({ line: 1002, column: 'kind' });
  });

  it('a NUL byte in any cell and an over-long id, the same in a dry run as for real, writing nothing', async () => {
    const longId = `P-${'x'.repeat(3000)}`;
    const file = writeCsv(
      'nul-and-long.csv',
      `external_id,name,type,joined_on,lifecycle\nP-NUL,Bad\u0000name,channel,2025-01-01,active\n${longId},Long,channel,2025-01-01,active\nP-OK,Fine,channel,2025-01-01,active\n`,
    );
    const before = await countRows(t.db, 'partners');
    for (const dryRun of [true, false]) {
      const err = await rejectionOf(importFile(t.db, TEST_ORG, 'partners', file, { dryRun }));
      expect(err.code).toBe('IMPORT_REJECTED');
      expect(where(err.issues)).toEqual(['2 name', '3 external_id']);
      expect(err.issues[0]!.reason).toBe('contains a NUL byte, which text cannot hold');
      expect(err.issues[1]!.reason).toBe('has 3002 characters; at most 500 are allowed');
    }
    expect(await countRows(t.db, 'partners')).toBe(before);
  });
});
