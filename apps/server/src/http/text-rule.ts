/**
 * One input rule at the edge (for every route's path, query and JSON body): text never carries a
 * NUL character (PostgreSQL cannot store it, so it would surface as a 500) or a lone UTF-16
 * surrogate (which would be stored silently as U+FFFD). Either is refused with 400 naming the field.
 */
import { AppError, type Issue } from '@trellis/core';

/** A NUL, or a surrogate without its pair (String#isWellFormed, Node 20). */
const isBad = (text: string): boolean =>
  text.includes('\u0000') || !(text as string & { isWellFormed(): boolean }).isWellFormed();

const reasonOf = (text: string): string =>
  text.includes('\u0000')
    ? 'contains a NUL character (\\u0000), which text may not hold'
    : 'contains a lone UTF-16 surrogate: not valid Unicode text';

/** Every string (keys included) under `value` that breaks the rule, as `where.path` fields. */
export const badTextFields = (value: unknown, where: string, limit = 20): Issue[] => {
  const issues: Issue[] = [];
  const walk = (v: unknown, path: string, depth: number) => {
    if (issues.length >= limit || depth > 64) return;
    if (typeof v === 'string') {
      if (isBad(v)) issues.push({ field: path, reason: reasonOf(v) });
    } else if (Array.isArray(v)) {
      for (const [i, x] of v.entries()) walk(x, `${path}.${i}`, depth + 1);
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (isBad(k)) issues.push({ field: path, reason: `a key ${reasonOf(k)}` });
        else walk(x, `${path}.${k}`, depth + 1);
      }
    }
  };
  walk(value, where, 0);
  return issues;
};

/** Throws INVALID_INPUT when the request's path, query or JSON body holds text the rule refuses. */
export const checkRequestText = (req: { params?: unknown; query?: unknown; body?: unknown }): void => {
  const issues = [
    ...badTextFields(req.params, 'params'),
    ...badTextFields(req.query, 'query'),
    ...(typeof req.body === 'object' && !Buffer.isBuffer(req.body) ? badTextFields(req.body, 'body') : []),
  ];
  if (issues.length > 0)
    throw new AppError(
      'INVALID_INPUT',
      `Invalid text in ${[...new Set(issues.map((i) => i.field))].join(', ')}`,
      issues,
    );
};
