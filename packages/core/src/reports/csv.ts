/**
 * CSV for people to open in a spreadsheet: every cell quoted, and a cell that a spreadsheet would
 * run as a formula (beginning with = + - @, a tab or a carriage return) prefixed with an apostrophe.
 */
import { withoutBidiControls } from '@trellis/contracts';

export const FORMULA = /^[=+\-@\t\r]/;

/** Text a spreadsheet would run as a formula, with an apostrophe in front (CSV; the workbook marks such cells Text instead). */
export const neutraliseFormula = (text: string): string => (FORMULA.test(text) ? `'${text}` : text);

export const csvCell = (value: unknown): string => {
  // Direction controls could make a value display as other text than it holds (contracts' bidi.ts).
  const text = value === null || value === undefined ? '' : withoutBidiControls(String(value));
  const safe = neutraliseFormula(text);
  return `"${safe.replace(/"/g, '""')}"`;
};

export const toCsv = (header: string[], rows: unknown[][]): string =>
  `${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
