import { describe, expect, it } from 'vitest';
import { ratingProblems } from './rating-problems.ts';

describe('ratingProblems', () => {
  it('a rater rating a unit twice is named with both places', () => {
    const problems = ratingProblems(
      [
        { unit: 'u1', rater: 'A', value: 1 },
        { unit: 'u1', rater: 'B', value: 2 },
        { unit: 'u1', rater: 'A', value: 3 },
      ],
      'ordinal',
    );
    expect(problems).toEqual([
      { index: 2, field: 'rater', reason: 'rater A rated unit u1 twice', firstIndex: 0 },
    ]);
  });

  it('ordinal and interval values must be finite numbers; nominal codes may be text but not empty', () => {
    const rows = [
      { unit: 'u1', rater: 'A', value: 'high' },
      { unit: 'u1', rater: 'B', value: Number.NaN },
      { unit: 'u1', rater: 'C', value: '' },
    ];
    expect(ratingProblems(rows, 'interval').map((p) => [p.index, p.field])).toEqual([
      [0, 'value'],
      [1, 'value'],
      [2, 'value'],
    ]);
    expect(ratingProblems(rows, 'interval')[0]!.reason).toBe(
      'the value "high" is not a number (interval data are numbers)',
    );
    expect(ratingProblems(rows, 'nominal').map((p) => p.index)).toEqual([1, 2]);
  });

  it('names an empty unit or rater; a unit "a,b" and rater "c" is not unit "a" and rater "b,c"', () => {
    expect(ratingProblems([{ unit: ' ', rater: '', value: 1 }], 'nominal').map((p) => p.field)).toEqual([
      'unit',
      'rater',
    ]);
    expect(
      ratingProblems(
        [
          { unit: 'a,b', rater: 'c', value: 1 },
          { unit: 'a', rater: 'b,c', value: 1 },
        ],
        'nominal',
      ),
    ).toEqual([]);
  });
});
