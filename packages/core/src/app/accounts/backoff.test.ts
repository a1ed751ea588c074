import { describe, expect, it } from 'vitest';
import { backoffSeconds } from './backoff.ts';

describe('back-off', () => {
  it('waits nothing within the free failures, then doubles from 30 s up to the cap', () => {
    const rule = { free: 5, maxWaitSeconds: 900 };
    expect([0, 4, 5, 6, 7, 8, 9, 10, 50].map((n) => backoffSeconds(rule, n))).toEqual([
      0, 0, 30, 60, 120, 240, 480, 900, 900,
    ]);
    expect(backoffSeconds({ free: 20, maxWaitSeconds: 60 }, 40)).toBe(60);
  });
});
