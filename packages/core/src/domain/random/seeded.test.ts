import { describe, expect, it } from 'vitest';
import { isSeed, mulberry32, randomBelow } from './seeded.ts';

/**
 * mulberry32 as its author wrote it in C (Tommy Ettinger, 2017,
 * https://gist.github.com/tommyettinger/46a874533244883189143505d203312c), here in BigInt
 * arithmetic with explicit 32-bit masks — a second, naive implementation to hold the Math.imul one to.
 */
const naive = (seed: number) => {
  const M = 0xffffffffn;
  let s = BigInt(seed);
  return () => {
    s = (s + 0x6d2b79f5n) & M;
    let z = s;
    z = ((z ^ (z >> 15n)) * (z | 1n)) & M;
    z = (z ^ ((z + (((z ^ (z >> 7n)) * (z | 61n)) & M)) & M)) & M;
    return Number(z ^ (z >> 14n));
  };
};

describe('mulberry32', () => {
  it('gives the outputs of the reference C code (compiled with gcc, first three per seed)', () => {
    // uint32_t z = (*s += 0x6D2B79F5); z = (z ^ z >> 15) * (z | 1); z ^= z + (z ^ z >> 7) * (z | 61);
    // return z ^ z >> 14; — run once with gcc for these seeds, printed as unsigned integers.
    const expected: Record<number, number[]> = {
      0: [1144304738, 1416247, 958946056],
      1: [2693262067, 11749833, 2265367787],
      42: [2581720956, 1925393290, 3661312704],
      4294967295: [3850105811, 813802916, 3073704848],
    };
    for (const [seed, values] of Object.entries(expected)) {
      const r = mulberry32(Number(seed));
      expect([r(), r(), r()].map((x) => x * 4_294_967_296)).toEqual(values);
    }
  });

  it('agrees with a naive BigInt implementation over many seeds and steps', () => {
    for (const seed of [7, 123456789, 2 ** 31, 2 ** 32 - 2]) {
      const a = mulberry32(seed);
      const b = naive(seed);
      for (let i = 0; i < 1000; i++) expect(a() * 4_294_967_296).toBe(b());
    }
  });

  it('stays in [0, 1) and randomBelow in [0, n)', () => {
    const r = mulberry32(99);
    for (let i = 0; i < 10_000; i++) {
      const k = randomBelow(r, 7);
      expect(Number.isInteger(k) && k >= 0 && k < 7).toBe(true);
    }
  });

  it('takes unsigned 32-bit integer seeds only', () => {
    expect([0, 1, 2 ** 32 - 1].every(isSeed)).toBe(true);
    expect([-1, 2 ** 32, 1.5, Number.NaN].some(isSeed)).toBe(false);
  });
});
