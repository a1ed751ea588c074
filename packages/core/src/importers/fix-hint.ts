/**
 * What to do about a column's problems, judged from its first offending values: a canonical
 * amount written as `$125,000.00` needs a money format, a date written `3/15/2023` a date format,
 * `Yes` in a true/false column a boolean format, and so on. The hint is worded for its reader
 * (audience.ts: the CLI's options, or the web's preset, date format and mapping editor) and only
 * given where the values show it.
 */
import type { Issue } from '../errors.ts';
import { type Audience, type FixWords, fixWords } from './audience.ts';
import type { ColumnDefinition } from './entity-definition.ts';
import { voteDateFormat } from './mapping/date-format-vote.ts';
import type { DateReading } from './mapping/date-reading.ts';
import { parseBooleanValue, parseDateValue, parseMoneyValue } from './mapping/value-formats.ts';

export interface HintContext {
  audience: Audience;
  /** The rows came through a mapping: the fix is a rule in it rather than an option. */
  mapped: boolean;
  /** The mapping's format of this column, if it gives one. */
  format?: 'money' | 'date' | 'boolean';
  /** How a mapped import read its day-month dates. */
  dates?: DateReading;
}

const valuesOf = (examples: readonly Issue[]) =>
  examples.map((e) => e.value).filter((v): v is string => v !== undefined && v !== '');

const readable = (examples: readonly Issue[], read: (v: string) => string | undefined) => {
  const values = valuesOf(examples);
  return values.length > 0 && values.every((v) => read(v) !== undefined);
};

/** A date in either day-month order (or ISO, or a serial). */
const readableDate = (v: string) => parseDateValue(v, 'MDY') ?? parseDateValue(v, 'DMY');

const dateHint = (
  column: ColumnDefinition,
  examples: readonly Issue[],
  ctx: HintContext,
  words: FixWords,
): string | undefined => {
  // Read with a date format: only the order can be wrong, and only if most of the file says so.
  if (ctx.format === 'date') {
    const file = ctx.dates?.fileDisagrees;
    return file ? words.dateFormat(file.format) : undefined;
  }
  if (!readable(examples, readableDate)) return undefined;
  if (ctx.mapped) return words.mappingFormat(column.name, 'date');
  const vote = voteDateFormat(valuesOf(examples));
  return vote?.basis === 'majority'
    ? words.dateFormat(vote.format)
    : words.canonicalFormat(column.name, 'date');
};

/** A hint for `column`'s problems, or undefined. */
export const fixHint = (
  column: ColumnDefinition | undefined,
  examples: readonly Issue[],
  ctx: HintContext,
): string | undefined => {
  if (!column) return undefined;
  const words = fixWords(ctx.audience);
  const format = (f: 'money' | 'boolean') =>
    ctx.mapped ? words.mappingFormat(column.name, f) : words.canonicalFormat(column.name, f);
  switch (column.type) {
    case 'numeric':
      return ctx.format !== 'money' && readable(examples, parseMoneyValue) ? format('money') : undefined;
    case 'date':
      return dateHint(column, examples, ctx, words);
    case 'boolean':
      return ctx.format !== 'boolean' && readable(examples, parseBooleanValue)
        ? format('boolean')
        : undefined;
    default:
      // A text column with a fixed list of values: other words need a value map.
      return examples.some((e) => e.reason.includes(' is not one of '))
        ? words.valueMap(column.name)
        : undefined;
  }
};
