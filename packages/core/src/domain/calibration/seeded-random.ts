/**
 * A seeded pseudo-random source (mulberry32, Tommy Ettinger's 32-bit generator): the same seed gives
 * the same sequence on every machine, so a bootstrap interval can be reproduced. The domain has no
 * randomness of its own; whoever wants draws passes one of these in. Not for secrets.
 */
export type RandomSource = () => number;

/** Numbers in [0, 1) from a 32-bit seed (an integer; other numbers are truncated to 32 bits). */
export const mulberry32 = (seed: number): RandomSource => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};
