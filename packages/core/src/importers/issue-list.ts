import type { Issue } from '../errors.ts';

/** How many issues one rejected import reports in detail; the total is always counted. */
export const ISSUE_LIMIT = 1000;

/** The column a problem is counted under: its column, or the whole row. */
export const ROW = '(row)';

/** How many first problems of each column are kept as its examples, past the overall limit too. */
export const EXAMPLES_PER_COLUMN = 3;

/**
 * Counts every problem (in all and per column), keeps the first `limit` (in the order they were
 * added) and the first few of each column, so that a column whose problems start after the
 * first thousand still shows what they look like.
 */
export class IssueList {
  readonly items: Issue[] = [];
  readonly byColumn = new Map<string, number>();
  readonly examples = new Map<string, Issue[]>();
  total = 0;

  constructor(readonly limit = ISSUE_LIMIT) {}

  add(issue: Issue): void {
    this.total++;
    const column = issue.column ?? ROW;
    this.byColumn.set(column, (this.byColumn.get(column) ?? 0) + 1);
    if (this.items.length < this.limit) this.items.push(issue);
    this.keepExample(column, issue);
  }

  /** Keeps `issue` as one of its column's examples if the column has fewer than it keeps. */
  keepExample(column: string, issue: Issue): void {
    const mine = this.examples.get(column) ?? [];
    if (mine.length < EXAMPLES_PER_COLUMN) this.examples.set(column, [...mine, issue]);
  }

  /** Counts found elsewhere (the set-based checks in SQL). */
  count(column: string, n: number): void {
    if (n === 0) return;
    this.total += n;
    this.byColumn.set(column, (this.byColumn.get(column) ?? 0) + n);
  }
}

/** Merges lists that are each sorted by line into one sorted, capped list. */
export const mergeByLine = (lists: readonly Issue[][], limit = ISSUE_LIMIT): Issue[] =>
  lists
    .flat()
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
    .slice(0, limit);
