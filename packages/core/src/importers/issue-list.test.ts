import { describe, expect, it } from 'vitest';
import { IssueList, mergeByLine } from './issue-list.ts';

describe('IssueList', () => {
  it('counts every issue but keeps only the first `limit`', () => {
    const list = new IssueList(3);
    for (let line = 2; line < 12; line++) list.add({ line, reason: 'bad' });
    expect(list.total).toBe(10);
    expect(list.items.map((i) => i.line)).toEqual([2, 3, 4]);
  });
});

describe('mergeByLine', () => {
  it('interleaves sorted lists by line, keeping the order within a line, and caps the result', () => {
    const cells = [
      { line: 2, column: 'a', reason: 'x' },
      { line: 5, column: 'b', reason: 'x' },
      { line: 5, column: 'c', reason: 'x' },
    ];
    const refs = [
      { line: 3, column: 'p', reason: 'y' },
      { line: 5, column: 'p', reason: 'y' },
    ];
    expect(mergeByLine([cells, refs], 4).map((i) => `${i.line}${i.column}`)).toEqual([
      '2a',
      '3p',
      '5b',
      '5c',
    ]);
  });
});

describe('IssueList examples', () => {
  it('keeps the first problems of every column, also of columns whose problems start past the limit', () => {
    const list = new IssueList(2);
    for (let line = 2; line < 10; line++) list.add({ line, column: 'a', reason: 'x' });
    list.add({ line: 10, column: 'b', reason: 'y' });
    expect(list.items).toHaveLength(2);
    expect(list.examples.get('a')!.map((i) => i.line)).toEqual([2, 3, 4]);
    expect(list.examples.get('b')!.map((i) => i.line)).toEqual([10]);
  });
});
