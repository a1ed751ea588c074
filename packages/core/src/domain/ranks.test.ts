import { describe, expect, it } from 'vitest';
import { averageRanks } from './ranks.ts';

describe('average ranks', () => {
  it('ranks from 1 and gives ties the mean of their positions', () => {
    expect(averageRanks([30, 10, 20])).toEqual([3, 1, 2]);
    expect(averageRanks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    expect(averageRanks([5, 1, 5, 5, 0])).toEqual([4, 2, 4, 4, 1]);
    expect(averageRanks([7, 7, 7])).toEqual([2, 2, 2]);
    expect(averageRanks([])).toEqual([]);
  });
});
