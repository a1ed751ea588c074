import {
  type CellParser,
  integer,
  oneOf,
  parseBoolean,
  parseDate,
  parseLongText,
  parseText,
} from './cell-parsers.ts';
import type { ColumnDefinition, SqlType } from './entity-definition.ts';

type Need = 'required' | 'optional';

export const column = (name: string, type: SqlType, parse: CellParser, need: Need): ColumnDefinition => ({
  name,
  type,
  parse,
  required: need === 'required',
  fallback: null,
});

export const textColumn = (name: string, need: Need = 'optional') => column(name, 'text', parseText, need);

/** Free text (notes, comments, details): longer than names and ids, never indexed. */
export const longTextColumn = (name: string) => column(name, 'text', parseLongText, 'optional');

export const dateColumn = (name: string, need: Need = 'optional') => column(name, 'date', parseDate, need);

/** A whole number from `min` to `max`, staged as `type` (`integer`, or `smallint` for small ranges). */
export const integerColumn = (
  name: string,
  min: number,
  max: number,
  need: Need = 'optional',
  type: 'integer' | 'smallint' = 'integer',
) => column(name, type, integer(min, max), need);

/** A required text column that takes one of `values`. */
export const enumColumn = (name: string, values: readonly string[]) =>
  column(name, 'text', oneOf(values), 'required');

/** A boolean; without `fallback` it is required, with one an empty cell or absent column means `fallback`. */
export const booleanColumn = (name: string, fallback?: boolean): ColumnDefinition => ({
  ...column(name, 'boolean', parseBoolean, fallback === undefined ? 'required' : 'optional'),
  fallback: fallback ?? null,
});

/** An optional boolean whose empty cell or absent column means "unknown" (NULL). */
export const nullableBooleanColumn = (name: string) => column(name, 'boolean', parseBoolean, 'optional');

export const externalIdColumn = textColumn('external_id', 'required');

/** `partner_external_id`: names a partner of the same org, stored as `partner_id`. */
export const partnerReferenceColumn: ColumnDefinition = {
  ...textColumn('partner_external_id', 'required'),
  references: { table: 'partners', as: 'partner_id', label: 'partner' },
};
