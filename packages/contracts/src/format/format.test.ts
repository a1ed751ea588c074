import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDate,
  formatDelta,
  formatDue,
  formatMoneyShort,
  formatScore,
  num1,
  pct,
  plural,
  roundHalfUp1,
} from './format.ts';

describe('formatMoneyShort', () => {
  it('prints the seed’s compact money, rounding half up once', () => {
    const usd = (d: number) => formatMoneyShort(d * 100);
    expect(usd(8_000_000)).toBe('$8M');
    expect(usd(2_500_000)).toBe('$2.5M');
    expect(usd(1_150_000)).toBe('$1.2M');
    expect(usd(999_950)).toBe('$1M');
    expect(usd(949_999)).toBe('$950K');
    expect(usd(990_000)).toBe('$990K');
    expect(usd(50_000)).toBe('$50K');
    expect(usd(12_450)).toBe('$12.5K');
    expect(usd(999)).toBe('$999');
    expect(usd(0)).toBe('$0');
  });
});

describe('roundHalfUp1 and the printed forms', () => {
  it('rounds half up, including values binary floating point stores just below .x5', () => {
    expect(roundHalfUp1(2.25)).toBe(2.3);
    expect(roundHalfUp1(2.35)).toBe(2.4);
    expect(roundHalfUp1(1.15)).toBe(1.2);
    expect(roundHalfUp1(16 / 6)).toBe(2.7);
  });

  it('prints unknowns as n/a and counts with the right plural', () => {
    expect(formatScore(2.25)).toBe('2.3');
    expect(num1(null)).toBe('n/a');
    expect(num1(8.8333)).toBe('8.8');
    expect(pct(0.456)).toBe('46%');
    expect(pct(null)).toBe('n/a');
    expect(plural(1, 'action')).toBe('1 action');
    expect(plural(3, 'action')).toBe('3 actions');
    expect(plural(2, 'opportunity', 'opportunities')).toBe('2 opportunities');
  });
});

describe('dates, deltas and counts as people read them', () => {
  it('dates as "30 Sep 2026", whatever the time zone', () => {
    expect(formatDate('2026-09-30')).toBe('30 Sep 2026');
    expect(formatDate('2026-01-05T23:30:00-05:00')).toBe('5 Jan 2026');
    expect(formatDate(null)).toBe('—');
    expect(formatDate('soon')).toBe('—');
  });

  it('due dates relative to today', () => {
    expect(formatDue('2026-10-12', '2026-09-30')).toBe('in 12 days');
    expect(formatDue('2026-10-01', '2026-09-30')).toBe('in 1 day');
    expect(formatDue('2026-09-16', '2026-09-30')).toBe('14 days overdue');
    expect(formatDue('2026-09-30', '2026-09-30')).toBe('due today');
  });

  it('score deltas with a sign and counts with separators', () => {
    expect([formatDelta(0.25), formatDelta(-0.2), formatDelta(0.04)]).toEqual(['+0.3', '−0.2', '0.0']);
    expect(formatCount(1234567)).toBe('1,234,567');
  });
});
