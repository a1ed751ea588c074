/** The ratings reader in-process: the import pipeline's decoding and delimiters, strict cells. */
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { csvText } from '../importers/csv-source.ts';
import { readRatings } from './ratings-file.ts';

const issuesOf = async (text: string, level: 'nominal' | 'interval') => {
  const err = await readRatings(csvText('r.csv', text), level).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe('INVALID_INPUT');
  return (err as AppError).issues.map((i) => [i.line, i.column, i.reason]);
};

describe('readRatings', () => {
  it('takes the columns in any order and case, a BOM, semicolons, extra columns and blank lines', async () => {
    const text = '\uFEFFValue;Comment;Rater;Unit\n2;ok;A;u1\n\n3.5; ;B;u1\n';
    expect(await readRatings(csvText('r.csv', text), 'interval')).toEqual([
      { unit: 'u1', rater: 'A', value: 2 },
      { unit: 'u1', rater: 'B', value: 3.5 },
    ]);
  });

  it('nominal values are codes kept as text; numbers for the other levels', async () => {
    const text = 'unit,rater,value\nu1,A,yes\nu1,B,1.0\n';
    expect((await readRatings(csvText('r.csv', text), 'nominal')).map((r) => r.value)).toEqual([
      'yes',
      '1.0',
    ]);
    expect(await issuesOf(text, 'interval')).toEqual([
      [2, 'value', '"yes" is not a number (interval ratings are numbers)'],
    ]);
  });

  it('every problem at once, by line: empty cells, a second rating, a number written with a separator', async () => {
    const text = 'unit,rater,value\nu1,A,1\n,B,2\nu1,A,3\nu2,C,"1,000"\n';
    expect(await issuesOf(text, 'interval')).toEqual([
      [3, 'unit', 'empty'],
      [4, 'rater', 'rater A rated unit u1 twice (first on line 2)'],
      [5, 'value', '"1,000" is not a number (interval ratings are numbers)'],
    ]);
  });

  it('a NUL byte in a cell is refused, naming line and column', async () => {
    expect(await issuesOf('unit,rater,value\nu1,a,1\nu1,b\u0000,2\n', 'nominal')).toEqual([
      [3, 'rater', 'contains a NUL byte'],
    ]);
  });

  it('an empty file or a header without the columns', async () => {
    expect(await issuesOf('', 'nominal')).toEqual([[undefined, undefined, 'no header']]);
    expect(await issuesOf('item,coder,score\n', 'nominal')).toEqual([
      [1, 'unit', 'column missing from the header'],
      [1, 'rater', 'column missing from the header'],
      [1, 'value', 'column missing from the header'],
    ]);
  });
});
