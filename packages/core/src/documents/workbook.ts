/**
 * Spreadsheet sheets as data, written with exceljs: typed cells (money, dates, percentages, plain
 * numbers), a frozen header row with a filter on it, column widths from the content. A text cell a
 * spreadsheet would run as a formula (beginning with = + - @, a tab or a carriage return) gets an
 * apostrophe in front, as the CSV exports do — a name never becomes a formula, also once copied out.
 */

import { withoutBidiControls } from '@trellis/contracts';
import type ExcelJS from 'exceljs';
import { FORMULA, neutraliseFormula } from '../reports/csv.ts';

export type ColumnKind = 'text' | 'usd' | 'share' | 'number' | 'score' | 'date' | 'int';

export interface SheetColumn {
  header: string;
  kind: ColumnKind;
}

export interface Sheet {
  name: string;
  columns: SheetColumn[];
  rows: (string | number | null)[][];
}

const FORMATS: Record<ColumnKind, string | undefined> = {
  text: undefined,
  usd: '"$"#,##0',
  share: '0%',
  number: '#,##0.##',
  score: '0.0',
  date: 'd mmm yyyy',
  int: '#,##0',
};

/** An ISO date (YYYY-MM-DD) as the spreadsheet's date (midnight UTC). */
const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * A cell's value. Text is stored as a string cell — never a formula — exactly as written: one that a
 * spreadsheet would take for a formula when edited ("=HYPERLINK(…)", "+1") is marked with the Text
 * number format instead (writeWorkbook), so it shows as written, with no apostrophe in it.
 */
const cellValue = (kind: ColumnKind, v: string | number | null): ExcelJS.CellValue => {
  if (v === null || v === '') return null;
  if (kind === 'date') return typeof v === 'string' ? asDate(v) : v;
  // Text loses direction controls, as in every document (contracts' bidi.ts).
  return kind !== 'text' && typeof v === 'number' ? v : withoutBidiControls(String(v));
};

/** The Text number format: what is typed or shown in the cell stays text. */
const TEXT_FORMAT = '@';

export const writeWorkbook = async (
  sheets: Sheet[],
  meta: { title: string; creator: string },
): Promise<Buffer> => {
  // Loaded when a workbook is read or written: every other command starts without it (~0.4 s).
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = neutraliseFormula(meta.creator);
  wb.title = neutraliseFormula(meta.title);
  // A fixed date: the same data gives the same file.
  wb.created = new Date(0);
  wb.modified = new Date(0);
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = s.columns.map((c, i) => {
      const longest = Math.max(
        c.header.length,
        ...s.rows.slice(0, 500).map((r) => String(r[i] ?? '').length),
      );
      return {
        header: c.header,
        width: Math.min(60, Math.max(8, longest + 2)),
        style: { numFmt: FORMATS[c.kind] },
      };
    });
    for (const r of s.rows) {
      const row = ws.addRow(r.map((v, i) => cellValue(s.columns[i]!.kind, v)));
      r.forEach((v, i) => {
        if (typeof v === 'string' && FORMULA.test(v)) row.getCell(i + 1).numFmt = TEXT_FORMAT;
      });
    }
    const head = ws.getRow(1);
    head.font = { bold: true };
    head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF3FA' } };
    ws.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: Math.max(1, s.rows.length + 1), column: s.columns.length },
    };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
};
