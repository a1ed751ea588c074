/**
 * A workbook is a zip, and a zip can unpack to a thousand times its size. Every part is measured
 * before anything is read: past the limits the workbook is refused (413) with the part named, a
 * zip laid out to hide a part from that measurement is refused (422), and nothing is written.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../src/errors.ts';
import { csvText } from '../src/importers/csv-source.ts';
import { importCsv } from '../src/importers/import-csv.ts';
import { readXlsxRecords } from '../src/importers/read-xlsx-records.ts';
import { checkWorkbookZip, WORKBOOK_LIMITS } from '../src/importers/workbook-zip-check.ts';
import { openTestDatabase, TEST_ORG, type TestDatabase } from './support/test-database.ts';
import {
  inflatingStrings,
  PARTNER_HEADER,
  PARTNER_ROW,
  partnersWorkbook,
  sharedStringsXml,
  stringRow,
  workbookParts,
  zipFile,
} from './support/zip-file.ts';

const HEADER = PARTNER_HEADER;
const ROW = PARTNER_ROW;
const smallWorkbook = partnersWorkbook;

const readAll = async (name: string, bytes: Buffer) => {
  const rows: string[][] = [];
  await readXlsxRecords(csvText(name, bytes), (cells) => {
    rows.push(cells);
    return undefined;
  });
  return rows;
};

const failure = async (work: Promise<unknown>): Promise<AppError> => {
  const err = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
};

describe('workbook limits', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase();
  });
  afterAll(async () => t.dispose());

  it('reads a plain workbook, and one written by ExcelJS (sizes after the data)', async () => {
    expect(await readAll('hand.xlsx', smallWorkbook())).toEqual([HEADER, ROW]);
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Partners');
    sheet.addRow(HEADER);
    sheet.addRow(ROW);
    expect(await readAll('excel.xlsx', Buffer.from(await wb.xlsx.writeBuffer()))).toEqual([HEADER, ROW]);
  });

  it('refuses shared strings that unpack past the limit, naming the part, before reading them', async () => {
    const bomb = zipFile(
      workbookParts(stringRow(1, [0, 0]), inflatingStrings(WORKBOOK_LIMITS.maxCachedPartBytes + 1024)),
    );
    expect(bomb.length).toBeLessThan(WORKBOOK_LIMITS.maxCachedPartBytes / 200);
    const heapBefore = process.memoryUsage().heapUsed;
    const err = await failure(readAll('bomb.xlsx', bomb));
    expect(err.code).toBe('TOO_LARGE');
    expect(err.issues[0]).toMatchObject({
      file: 'bomb.xlsx',
      reason: 'part xl/sharedStrings.xml unpacks to more than 128 MB',
    });
    // Counted, not kept: the heap did not grow by anything like the unpacked size.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(64 * 1024 * 1024);
  });

  it('an import of such a workbook writes nothing', async () => {
    const bomb = zipFile(
      workbookParts(stringRow(1, [0, 0]), inflatingStrings(WORKBOOK_LIMITS.maxCachedPartBytes + 1024)),
    );
    const err = await failure(importCsv(t.db, TEST_ORG, 'partners', csvText('partners.xlsx', bomb)));
    expect(err.code).toBe('TOO_LARGE');
    const rows = await t.db.forOrg(TEST_ORG).query<{ n: number }>('select count(*)::int as n from partners');
    expect(rows[0]!.n).toBe(0);
  });

  it('bounds every part and all of them together', async () => {
    const limits = { maxEntries: 10, maxCachedPartBytes: 1_000, maxTotalBytes: 3_000 };
    const big = (name: string, n: number) => ({ name, data: Buffer.alloc(n, 'x') });
    const cached = await failure(checkWorkbookZip('s.xlsx', zipFile([big('xl/styles.xml', 1_001)]), limits));
    expect([cached.code, cached.issues[0]?.reason]).toEqual([
      'TOO_LARGE',
      'part xl/styles.xml unpacks to more than 0 MB',
    ]);
    // A worksheet is streamed, so it may be larger than a part kept in memory, but not than the total.
    await checkWorkbookZip('w.xlsx', zipFile([big('xl/worksheets/sheet1.xml', 2_500)]), limits);
    const total = await failure(
      checkWorkbookZip(
        't.xlsx',
        zipFile([big('xl/worksheets/sheet1.xml', 2_500), big('xl/worksheets/sheet2.xml', 600)]),
        limits,
      ),
    );
    expect(total.code).toBe('TOO_LARGE');
    // Stored (unpacked) parts count the same.
    const stored = await failure(
      checkWorkbookZip(
        'st.xlsx',
        zipFile([{ name: 'xl/styles.xml', data: Buffer.alloc(1_001), method: 0 }]),
        limits,
      ),
    );
    expect(stored.code).toBe('TOO_LARGE');
    const many = await failure(
      checkWorkbookZip('m.xlsx', zipFile(Array.from({ length: 11 }, (_, i) => big(`p${i}.xml`, 1))), limits),
    );
    expect([many.code, many.issues[0]?.reason]).toEqual(['TOO_LARGE', '11 parts (at most 10)']);
  });

  it('refuses a zip laid out to hide a part from the count (422), and what is no zip at all', async () => {
    const hidden = smallWorkbook([
      { name: 'xl/sharedStrings2.xml', data: Buffer.alloc(10, 'x'), hidden: true },
    ]);
    const a = await failure(readAll('hidden.xlsx', hidden));
    expect([a.code, a.issues[0]?.reason]).toEqual([
      'IMPORT_REJECTED',
      'bytes between the last part and the zip directory',
    ]);
    const odd = await failure(
      readAll('odd.xlsx', smallWorkbook([{ name: 'x.bin', data: Buffer.from('abc'), method: 12 }])),
    );
    expect([odd.code, odd.issues[0]?.reason]).toEqual([
      'IMPORT_REJECTED',
      'part x.bin is packed with an unknown method (12)',
    ]);
    const zip64 = smallWorkbook();
    zip64.writeUInt32LE(0xffffffff, zip64.length - 6);
    expect((await failure(readAll('zip64.xlsx', zip64))).code).toBe('IMPORT_REJECTED');
    const junk = await failure(
      readAll('junk.xlsx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100, 7)])),
    );
    expect([junk.code, junk.issues[0]?.reason]).toEqual([
      'IMPORT_REJECTED',
      'no zip directory at the end of the file',
    ]);
  });

  it('stops reading past the cell limit (a cell in the last column makes a row 16,384 wide)', async () => {
    const rows = Array.from(
      { length: 1_300 },
      (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`,
    );
    const wide = zipFile(workbookParts(rows.join(''), sharedStringsXml([])));
    const err = await failure(readAll('wide.xlsx', wide));
    expect(err.code).toBe('TOO_LARGE');
    expect(err.issues[0]).toMatchObject({
      file: 'wide.xlsx',
      line: 1_221,
      reason: 'more than 20,000,000 cells',
    });
  });
});
