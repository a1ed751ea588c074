/**
 * What to do about a column's problems, judged from its first offending values: a canonical
 * amount written as `$125,000.00` needs a money format, a date written `3/15/2023` a date format,
 * `Yes` in a true/false column a boolean format, and so on. The hint names the option that fixes
 * it (`--date-format`, `--preset`, a mapping rule); it is only given where the values show it.
 */
import type { Issue } from '../errors.ts';
import type { ColumnDefinition } from './entity-definition.ts';
import { parseBooleanValue, parseDateValue, parseMoneyValue } from './mapping/value-formats.ts';

const readable = (examples: readonly Issue[], read: (v: string) => string | undefined) => {
  const values = examples.map((e) => e.value).filter((v): v is string => v !== undefined && v !== '');
  return values.length > 0 && values.every((v) => read(v) !== undefined);
};

/**
 * A hint for `column`'s problems, or undefined. `mapped` is true when the rows came through a
 * mapping: the fix is then a rule in that mapping rather than an option.
 */
export const fixHint = (
  column: ColumnDefinition | undefined,
  examples: readonly Issue[],
  mapped: boolean,
): string | undefined => {
  if (!column) return undefined;
  const rule = (format: string) =>
    mapped
      ? `give ${column.name} \`format: ${format}\` in the mapping`
      : `use --preset or a mapping with a ${format} format`;
  switch (column.type) {
    case 'numeric':
      return readable(examples, parseMoneyValue) ? rule('money') : undefined;
    case 'date':
      if (!readable(examples, (v) => parseDateValue(v))) return undefined;
      return mapped
        ? `give ${column.name} \`format: date\` in the mapping (and dateFormat: M/D/YYYY or DD.MM.YYYY)`
        : 'use --date-format M/D/YYYY (or DD.MM.YYYY), --preset, or a mapping with a date format';
    case 'boolean':
      return readable(examples, parseBooleanValue) ? rule('boolean') : undefined;
    default:
      // A text column with a fixed list of values: other words need a value map.
      return examples.some((e) => e.reason.includes(' is not one of '))
        ? `map the export's values onto these with \`map:\` in a mapping (docs/import-format.md#mapping-files)`
        : undefined;
  }
};
