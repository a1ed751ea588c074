/**
 * Listing records: filters (equality on text, boolean and reference columns; ranges on dates and
 * numbers with `_from`/`_to`), a search over the names, sorting by any column, offset pagination.
 * Everything is a bound parameter; column names come only from the entity's definition.
 */
import { AppError } from '../../../errors.ts';
import { type EntityDefinition, storedColumns } from '../../../importers/entity-definition.ts';
import { filterNames, type RecordQuery } from '../../../importers/record-shape.ts';

/** Columns the free-text search looks in, when the entity has them. */
const SEARCHABLE = ['external_id', 'name', 'customer', 'email'];

const castOf = (type: string) => (type === 'text' ? 'text' : type === 'boolean' ? 'boolean' : type);

export const buildWhere = (
  def: EntityDefinition,
  columnExpr: Map<string, string>,
  query: RecordQuery,
  firstParam: number,
): { sql: string[]; params: unknown[] } => {
  const sql: string[] = [];
  const params: unknown[] = [];
  const bind = (v: unknown) => {
    params.push(v);
    return `$${firstParam + params.length - 1}`;
  };
  const allowed = new Set(filterNames(def));
  for (const [key, raw] of Object.entries(query.filters)) {
    if (!allowed.has(key))
      throw new AppError('INVALID_INPUT', `Unknown filter ${key}`, [
        {
          field: `query.${key}`,
          reason: `not a filter of ${def.entity}; filters: ${[...allowed].join(', ')}`,
        },
      ]);
    const range = /^(.*)_(from|to)$/.exec(key);
    const name = range && !def.columns.some((c) => c.name === key) ? range[1]! : key;
    const col = def.columns.find((c) => c.name === name)!;
    const expr = columnExpr.get(name)!;
    if (col.type === 'boolean' && !/^(true|false)$/.test(raw))
      throw new AppError('INVALID_INPUT', `Filter ${key} takes true or false`, [
        { field: `query.${key}`, reason: 'true or false' },
      ]);
    if (col.type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(raw))
      throw new AppError('INVALID_INPUT', `Filter ${key} takes a date`, [
        { field: `query.${key}`, reason: 'YYYY-MM-DD' },
      ]);
    if (col.type !== 'text' && col.type !== 'date' && col.type !== 'boolean' && !/^-?\d+(\.\d+)?$/.test(raw))
      throw new AppError('INVALID_INPUT', `Filter ${key} takes a number`, [
        { field: `query.${key}`, reason: 'a number' },
      ]);
    const op = !range || name === key ? '=' : range[2] === 'from' ? '>=' : '<=';
    sql.push(`${expr} ${op} ${bind(raw)}::${castOf(col.type)}`);
  }
  if (query.q) {
    const cols = SEARCHABLE.filter((n) => columnExpr.has(n)).map((n) => columnExpr.get(n)!);
    const p = bind(`%${query.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
    sql.push(`(${cols.map((c) => `${c} ilike ${p}`).join(' or ')})`);
  }
  return { sql, params };
};

export const buildOrder = (def: EntityDefinition, columnExpr: Map<string, string>, sort?: string): string => {
  const desc = sort?.startsWith('-') ?? false;
  const name = sort ? sort.replace(/^-/, '') : 'external_id';
  if (!columnExpr.has(name))
    throw new AppError('INVALID_INPUT', `Cannot sort by ${name}`, [
      {
        field: 'query.sort',
        reason: `one of ${storedColumns(def)
          .map((c) => c.name)
          .join(', ')} (prefix - for descending)`,
      },
    ]);
  const dir = desc ? 'desc nulls last' : 'asc nulls last';
  return name === 'external_id' ? `t.external_id ${dir}` : `${columnExpr.get(name)} ${dir}, t.external_id`;
};
