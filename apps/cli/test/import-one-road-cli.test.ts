/**
 * `trellis import` takes the API's road (issue "One road per job", point 1): the same plan (one
 * mapping, the date format, the worksheet) and the same run, audit entry included — a CLI import
 * is recorded with actor "cli", and `--sheet` reads the sheet it names (it used to read the first).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliWorkspace, cliWorkspace } from './support/cli.ts';

const book = join(mkdtempSync(join(tmpdir(), 'trellis-sheets-')), 'two-sheets.xlsx');

let ws: CliWorkspace;
beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Notes').addRow(['nothing', 'here']);
  const sheet = wb.addWorksheet('Partners');
  sheet.addRow(['external_id', 'name', 'type', 'joined_on', 'lifecycle']);
  sheet.addRow(['SH-1', 'Sheet Partner', 'channel', '2025-03-01', 'active']);
  await wb.xlsx.writeFile(book);
  ws = await cliWorkspace();
}, 60_000);
afterAll(() => ws?.dispose());

describe('trellis import: one road with the API', () => {
  it('--sheet reads the sheet it names; without it the first sheet is read (and refused)', async () => {
    const first = await ws.run('import', 'partners', book);
    expect(first.code).toBe(3);
    const missing = await ws.run('import', 'partners', book, '--sheet', 'Deals');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no worksheet "Deals"');
    const named = await ws.run('import', 'partners', book, '--sheet', 'Partners');
    expect(named.stderr).toBe('');
    expect(named.stdout).toContain('1 rows — 1 inserted, 0 updated, 0 unchanged');
  }, 90_000);

  it('records the import in the audit log with actor "cli", like an upload through the API', async () => {
    const db = await ws.open();
    try {
      const rows = await db.query<{
        actor: string;
        entity: string;
        after: { file: string; inserted: number };
      }>(`select actor, entity, after from audit_log where action = 'import'`);
      expect(rows).toEqual([
        {
          actor: 'cli',
          entity: 'partners',
          after: expect.objectContaining({ file: book, inserted: 1, job: null }),
        },
      ]);
    } finally {
      await db.close();
    }
  });

  it('two mappings at once are refused naming both options', async () => {
    const r = await ws.run('import', 'partners', book, '--preset', 'hubspot-deals', '--mapping', 'x.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Give one mapping: a preset, a saved mapping or a mapping file');
    expect(r.stderr).toContain('--mapping: not with --preset');
  });
});
