import { describe, expect, it } from 'vitest';
import { formatMoneyShort } from './money.ts';

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
