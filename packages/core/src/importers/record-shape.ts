/**
 * A record of an entity as the records API reads and writes it — shaped like a row of the entity's
 * CSV (docs/import-format.md) — and the query a list of records takes: filters named by the
 * entity's columns (ranges on dates and numbers with `_from`/`_to`), a search, a sort, a page.
 */
import { type EntityDefinition, storedColumns } from './entity-definition.ts';

export type RecordValue = string | number | boolean | null;
export type EntityRecord = Record<string, RecordValue>;

export interface RecordQuery {
  filters: Record<string, string>;
  q?: string;
  /** A column name, `-` in front for descending. */
  sort?: string;
  limit: number;
  offset: number;
}

export const MAX_PAGE = 500;

/** The query parameters a list of `def` accepts (for validation and documentation). */
export const filterNames = (def: EntityDefinition): string[] =>
  storedColumns(def).flatMap((c) =>
    c.type === 'date' || c.type === 'numeric' || c.type === 'integer' || c.type === 'smallint'
      ? [`${c.name}_from`, `${c.name}_to`]
      : [c.name],
  );
