/**
 * Reads an Excel workbook (.xlsx) as a stream of records, like a CSV: the first worksheet, or the
 * one named. Cell values become the text a CSV of the same sheet would hold: dates as YYYY-MM-DD,
 * numbers as written, booleans as true/false, rich text and hyperlinks as their text, formulas as
 * their last computed result.
 */
import { Readable } from 'node:stream';
import { AppError } from '../errors.ts';
import type { CsvSource } from './csv-source.ts';
import type { RecordHandler } from './read-csv-records.ts';
import { checkWorkbookZip, type ZipBytes } from './workbook-zip-check.ts';

/**
 * Cells read from one workbook, empty ones included (a row whose last cell is in column XFD holds
 * 16,384): past this the read stops — the row count of a 100 MB CSV, roughly, ten times over.
 */
export const MAX_WORKBOOK_CELLS = 20_000_000;

/**
 * The zip by position: a zip is read from its end (the directory) before anything is unpacked —
 * from the disk when the source is a file, else from the whole source read into memory.
 */
const workbookBytes = async (src: CsvSource): Promise<Uint8Array | ZipBytes> => {
  if (src.readAt && src.size !== undefined) return { size: src.size, read: src.readAt };
  const chunks: Buffer[] = [];
  for await (const chunk of src.open()) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
};

/**
 * Refuses a workbook that unpacks past the limits (workbook-zip-check.ts): before it is read, and
 * by the server before an upload is queued. Returns the zip as checked.
 */
export const checkWorkbook = async (src: CsvSource): Promise<Uint8Array | ZipBytes> => {
  const zip = await workbookBytes(src);
  await checkWorkbookZip(src.name, zip);
  return zip;
};

/** An .xlsx file is a zip: it starts with PK\x03\x04. */
export const looksLikeXlsx = (name: string, head: Uint8Array): boolean =>
  /\.xlsx$/i.test(name) || (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04);

const pad = (n: number) => String(n).padStart(2, '0');

export const cellText = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Math.round(v * 1e8) / 1e8);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'string') return v;
  if (typeof v === 'object') {
    const o = v as {
      richText?: { text: string }[];
      text?: unknown;
      result?: unknown;
      error?: string;
      hyperlink?: string;
    };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if (o.result !== undefined) return cellText(o.result);
    if (o.text !== undefined) return cellText(o.text);
    if (o.error) return '';
  }
  return String(v);
};

export const readXlsxRecords = async (
  src: CsvSource,
  handle: RecordHandler,
  sheet?: string,
): Promise<void> => {
  // Loaded when a workbook is read or written: every other command starts without it (~0.4 s).
  const { default: ExcelJS } = await import('exceljs');
  const zip = await checkWorkbook(src);
  // A file is streamed again from its first byte; bytes already in memory are handed over as they are.
  const input = Readable.from(zip instanceof Uint8Array ? [zip] : src.open());
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    entries: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'cache',
    styles: 'cache',
    worksheets: 'emit',
  });
  const names: string[] = [];
  let found = false;
  let cells = 0;
  /** ExcelJS's `row.values` is a getter that builds the array anew: read it once per row. */
  const countCells = (row: { number: number; values: unknown[] }): unknown[] => {
    const values = row.values;
    cells += values.length;
    if (cells > MAX_WORKBOOK_CELLS)
      throw new AppError('TOO_LARGE', `${src.name}: more cells than this server reads, nothing imported`, [
        {
          file: src.name,
          line: row.number,
          reason: `more than ${MAX_WORKBOOK_CELLS.toLocaleString('en')} cells`,
        },
      ]);
    return values;
  };
  try {
    for await (const worksheet of reader) {
      const ws = worksheet as unknown as { name: string } & AsyncIterable<{
        number: number;
        values: unknown[];
      }>;
      names.push(ws.name);
      if (found || (sheet !== undefined && ws.name !== sheet)) {
        // A sheet not read is still parsed: its cells count too.
        for await (const row of ws) countCells(row);
        continue;
      }
      found = true;
      for await (const row of ws) {
        // 1-based (index 0 unused); cells left empty are holes.
        const values = countCells(row);
        const texts = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) =>
          cellText(values[i + 1]),
        );
        if (texts.every((c) => c.trim() === '')) continue;
        const pending = handle(texts, row.number);
        if (pending !== undefined) await pending;
      }
    }
  } catch (err) {
    if (err instanceof AppError || typeof err === 'symbol') throw err;
    throw new AppError('IMPORT_REJECTED', `${src.name}: not a readable .xlsx workbook, nothing imported`, [
      { file: src.name, reason: (err as Error).message.split('\n')[0]! },
    ]);
  }
  if (!found)
    throw new AppError('INVALID_INPUT', `${src.name}: no worksheet "${sheet}"`, [
      { file: src.name, reason: `sheets: ${names.join(', ') || 'none'}` },
    ]);
};
