import type { Issue } from '../errors.ts';

/** How many issues one rejected import reports in detail; the total is always counted. */
export const ISSUE_LIMIT = 1000;

/** Counts every problem, keeps the first `limit` (in the order they were added). */
export class IssueList {
  readonly items: Issue[] = [];
  total = 0;

  constructor(readonly limit = ISSUE_LIMIT) {}

  add(issue: Issue): void {
    this.total++;
    if (this.items.length < this.limit) this.items.push(issue);
  }
}

/** Merges lists that are each sorted by line into one sorted, capped list. */
export const mergeByLine = (lists: readonly Issue[][], limit = ISSUE_LIMIT): Issue[] =>
  lists
    .flat()
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
    .slice(0, limit);
