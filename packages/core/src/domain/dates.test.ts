import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDate } from './dates.ts';

describe('dates', () => {
  it('validates real calendar dates only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-2-3')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });

  it('adds days and counts them across month and year ends', () => {
    expect(addDays('2026-09-30', -365)).toBe('2025-09-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-07-02', '2026-09-30')).toBe(90);
    expect(daysBetween('2026-09-30', '2026-07-02')).toBe(-90);
  });
});
