import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.ts';

describe('CSV for spreadsheets', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const f of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx'])
      expect(csvCell(f).startsWith(`"'`)).toBe(true);
    expect(csvCell('P-1')).toBe('"P-1"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(toCsv(['a', 'b'], [[1, null]])).toBe('"a","b"\r\n"1",""\r\n');
  });
});
