import { describe, expect, it } from 'vitest';
import { dateOrderOf, parseBooleanValue, parseDateValue, parseMoneyValue } from './value-formats.ts';

describe('value formats', () => {
  it('reads money with signs, codes and either thousands convention', () => {
    const cases: [string, string | undefined][] = [
      ['$125,000.00', '125000.00'],
      ['125.000,00 €', '125000.00'],
      ['USD 1,200', '1200'],
      ['1 200,5', '1200.5'],
      ['£0.99', '0.99'],
      ['1200', '1200'],
      ['-5', undefined],
      ['12,34,5', undefined],
      ['n/a', undefined],
    ];
    for (const [raw, out] of cases) expect(parseMoneyValue(raw), raw).toBe(out);
  });

  it('reads dates in ISO, M/D/YYYY, DD.MM.YYYY and Excel serials, refusing impossible ones', () => {
    expect(parseDateValue('2023-03-15')).toBe('2023-03-15');
    expect(parseDateValue('2023-03-15T10:00:00Z')).toBe('2023-03-15');
    expect(parseDateValue('3/15/2023')).toBe('2023-03-15');
    expect(parseDateValue('3/4/2023')).toBe('2023-03-04');
    expect(parseDateValue('3/4/2023', 'DMY')).toBe('2023-04-03');
    expect(parseDateValue('15.03.2023')).toBe('2023-03-15');
    expect(parseDateValue('15/03/23', 'DMY')).toBe('2023-03-15');
    expect(parseDateValue('45000')).toBe('2023-03-15');
    expect(parseDateValue('2/30/2023')).toBeUndefined();
    expect(parseDateValue('15/03/2023')).toBeUndefined();
    expect(parseDateValue('soon')).toBeUndefined();
    expect(dateOrderOf('DD.MM.YYYY')).toBe('DMY');
    expect(dateOrderOf('M/D/YYYY')).toBe('MDY');
  });

  it('reads checkbox words', () => {
    expect(parseBooleanValue('Yes')).toBe('true');
    expect(parseBooleanValue('')).toBe('false');
    expect(parseBooleanValue('maybe')).toBeUndefined();
  });
});
