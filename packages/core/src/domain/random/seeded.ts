/**
 * A seeded pseudo-random number generator, so that every "random" draw Trellis makes (a spot
 * audit's sample) can be made again from its stored seed: the domain has no randomness of its own.
 *
 * mulberry32 (Tommy Ettinger, 2017; public domain): a 32-bit state advanced by a Weyl sequence
 * (+0x6D2B79F5) and mixed by two multiply-xorshift rounds. Not cryptographic; fast, with a full
 * 2^32 period, which is ample for sampling.
 */

/** A uniform number in [0, 1). */
export type Random = () => number;

import { MAX_SEED } from '@trellis/contracts';

export { MAX_SEED };

export const isSeed = (seed: number): boolean => Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED;

export const mulberry32 = (seed: number): Random => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
};

/** A uniform integer in [0, n). */
export const randomBelow = (random: Random, n: number): number => Math.floor(random() * n);
