import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandOf, formatScore, roundHalfUp1 } from './rounding.ts';

const bands = [
  { name: 'Initial', min: 1, description: '' },
  { name: 'Developing', min: 2, description: '' },
  { name: 'Defined', min: 3, description: '' },
  { name: 'Managed', min: 4, description: '' },
  { name: 'Optimized', min: 5, description: '' },
];

describe('roundHalfUp1', () => {
  it('rounds half up, including values binary floating point stores just below .x5', () => {
    expect(roundHalfUp1(2.25)).toBe(2.3);
    expect(roundHalfUp1(2.35)).toBe(2.4);
    expect(roundHalfUp1(1.15)).toBe(1.2);
    expect(roundHalfUp1(2.6666)).toBe(2.7);
    expect(roundHalfUp1(2.94)).toBe(2.9);
    expect(roundHalfUp1(16 / 6)).toBe(2.7);
  });

  it('the six seed dimension scores (3, 2, 3, 2, 3, 3) average to 2.7, not the 2.8 the seed prints', () => {
    expect(formatScore((3 + 2 + 3 + 2 + 3 + 3) / 6)).toBe('2.7');
  });
});

describe('bandOf', () => {
  it('reads the band from the displayed value at the boundaries', () => {
    expect(bandOf(bands, 1.9).name).toBe('Initial');
    expect(bandOf(bands, 2.0).name).toBe('Developing');
    expect(bandOf(bands, 4.9).name).toBe('Managed');
    expect(bandOf(bands, 5.0).name).toBe('Optimized');
  });

  it('property: the printed score and its band always agree', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 5, noNaN: true }), (x) => {
        const printed = Number(formatScore(x));
        const band = bandOf(bands, roundHalfUp1(x));
        // The band is the one whose range contains the printed (one-decimal) value.
        const expected = bands.filter((b) => printed >= b.min).at(-1)!;
        expect(band.name).toBe(expected.name);
        expect(printed).toBeGreaterThanOrEqual(1);
        expect(printed).toBeLessThanOrEqual(5);
      }),
    );
  });
});
