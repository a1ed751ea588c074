/**
 * A mapping file's problems in words a person editing it follows: "the value map of stage (map)
 * must be pairs of export value: value" rather than `columns.stage: Invalid input`. The place is
 * named in words with the YAML key in brackets; the web shows no schema path (`columns.0.map`).
 */
import type { z } from 'zod';

type Path = (string | number)[];
type ZodIssue = z.core.$ZodIssue;

const RULE_KEYS = 'from, value, format, map, otherwise, contains, lookup, onlyWhen, optional';
const TOP_KEYS = 'kind, name, title, description, entity, dateFormat, columns';

/** Where in the file, in words: "the format of amount (format)". */
export const describeMappingPath = (path: Path): string => {
  const [top, column, key, item] = path;
  if (top === undefined) return 'the mapping';
  if (top === 'entity') return 'the record kind (entity)';
  if (top === 'dateFormat') return 'the date format (dateFormat)';
  if (top !== 'columns') return `the mapping's ${String(top)}`;
  if (column === undefined) return 'the columns (columns)';
  const of = `of ${String(column)}`;
  switch (key) {
    case undefined:
      return `the rule for ${String(column)}`;
    case 'from':
      return typeof item === 'number'
        ? `source column ${item + 1} ${of} (from)`
        : `the source column ${of} (from)`;
    case 'value':
      return `the constant ${of} (value)`;
    case 'format':
      return `the format ${of} (format)`;
    case 'map':
      return item === undefined
        ? `the value map ${of} (map)`
        : `"${String(item)}" in the value map ${of} (map)`;
    case 'otherwise':
      return `the value ${of} for anything the map does not name (otherwise)`;
    case 'contains':
      return `the text ${String(column)} looks for (contains)`;
    case 'lookup':
      return `how ${String(column)} is looked up (lookup)`;
    case 'onlyWhen':
      return item === undefined
        ? `when ${String(column)} is kept (onlyWhen)`
        : `the values of ${String(item)} that keep ${String(column)} (onlyWhen)`;
    case 'optional':
      return `whether ${String(column)} may be missing from the file (optional)`;
    default:
      return `${String(key)} ${of}`;
  }
};

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  record: 'pairs of name: value',
  object: 'pairs of name: value',
  array: 'a list',
  boolean: 'true or false',
};

/** What is wrong, in words. */
const reasonOf = (issue: ZodIssue, path: Path): string => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.message.includes('received undefined')
        ? 'is missing'
        : `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${String(issue.values[0])}`
        : `must be one of ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      const known = path[0] === 'columns' && path.length === 2 ? RULE_KEYS : TOP_KEYS;
      return `has ${keys}, which it cannot have (it may have ${known})`;
    }
    case 'too_small':
      return 'must not be empty';
    case 'too_big':
      return `is too long (at most ${String(issue.maximum)})`;
    default:
      return issue.message;
  }
};

/**
 * A union (a column is a source column name or a rule) fails in every branch: the branch the value
 * was meant for is the one that did not fail on the value's own type.
 */
const unwrap = (issue: ZodIssue): { issue: ZodIssue; path: Path } => {
  const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
  if (issue.code !== 'invalid_union') return { issue, path };
  const meant = issue.errors.find(
    (branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0),
  );
  const inner = meant?.[0];
  if (!inner) return { issue, path };
  const deeper = unwrap(inner);
  return { issue: deeper.issue, path: [...path, ...deeper.path] };
};

/** One problem of a mapping file: the path to the YAML node, and the reason in words. */
export const explainMappingIssue = (raw: ZodIssue): { path: Path; reason: string } => {
  const { issue, path } = unwrap(raw);
  if (issue.code === 'invalid_union')
    return {
      path,
      reason: `${describeMappingPath(path)} must be a source column's name, or a rule like { from: Amount, format: money }`,
    };
  return { path, reason: `${describeMappingPath(path)} ${reasonOf(issue, path)}` };
};
