/**
 * mulberry32 against a second implementation written here in BigInt arithmetic (wrap-around made
 * explicit with masks rather than Math.imul and >>> 0), and its basic statistical sanity.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from './seeded-random.ts';

const M = (1n << 32n) - 1n;
const mulberry32BigInt = (seed: number) => {
  let state = BigInt(seed >>> 0);
  return () => {
    state = (state + 0x6d2b79f5n) & M;
    let t = state;
    t = ((t ^ (t >> 15n)) * (t | 1n)) & M;
    t = (t ^ ((t + (((t ^ (t >> 7n)) * (t | 61n)) & M)) & M)) & M;
    return Number((t ^ (t >> 14n)) & M) / 2 ** 32;
  };
};

describe('mulberry32', () => {
  it('matches the BigInt implementation for several seeds, 1,000 draws each', () => {
    for (const seed of [0, 1, 42, 123456789, 0xffffffff]) {
      const a = mulberry32(seed);
      const b = mulberry32BigInt(seed);
      for (let i = 0; i < 1000; i++) expect(a()).toBe(b());
    }
  });

  it('is reproducible from its seed, differs between seeds, and stays in [0, 1) with mean ≈ 1/2', () => {
    const draw = (seed: number) => Array.from({ length: 10_000 }, mulberry32(seed));
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    const xs = draw(2024);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    // Uniform on [0, 1): sd of the mean of 10,000 draws is 1 / √120000 ≈ 0.0029; allow 4 sd.
    expect(Math.abs(xs.reduce((s, x) => s + x, 0) / xs.length - 0.5)).toBeLessThan(0.012);
  });
});
