import { describe, expect, it } from 'vitest';
import { quarterLabel, quarterStart } from './quarter.ts';

describe('the calendar quarter of a date', () => {
  it('starts on 1 January, 1 April, 1 July or 1 October and is named by its number', () => {
    const cases: [string, string, string][] = [
      ['2026-01-01', '2026-01-01', '2026-Q1'],
      ['2026-03-31', '2026-01-01', '2026-Q1'],
      ['2026-04-01', '2026-04-01', '2026-Q2'],
      ['2026-05-17', '2026-04-01', '2026-Q2'],
      ['2026-09-30', '2026-07-01', '2026-Q3'],
      ['2026-10-15', '2026-10-01', '2026-Q4'],
      ['2026-12-31', '2026-10-01', '2026-Q4'],
    ];
    for (const [date, start, label] of cases) {
      expect(quarterStart(date), date).toBe(start);
      expect(quarterLabel(date), date).toBe(label);
    }
  });
});
