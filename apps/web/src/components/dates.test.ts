import { describe, expect, it } from 'vitest';
import { todayIso } from './dates.ts';

describe('todayIso', () => {
  it('is the date in the local calendar, not UTC', () => {
    expect(todayIso(new Date(2026, 8, 30, 23, 59))).toBe('2026-09-30');
    expect(todayIso(new Date(2026, 0, 1, 0, 1))).toBe('2026-01-01');
  });
});
