import type { SqlClient } from '../db/sql-client.ts';
import type { CellParser, CellValue } from './cell-parsers.ts';
import type { EntityName } from './entity-name.ts';

/** The SQL type a column is staged as (and compared as when merging). */
export type SqlType = 'text' | 'date' | 'numeric' | 'boolean' | 'integer' | 'smallint';

/** A column that holds another record's external id, resolved to its id when merging. */
export interface Reference {
  /** Table whose `external_id` (within the same org) the cell names. */
  table: string;
  /** Target column that receives the referenced row's `id`. */
  as: string;
  /** What to call the referenced record in messages ("partner"). */
  label: string;
  /**
   * Name of another reference column of the same entity (its owner, e.g. `partner_external_id`):
   * the referenced row must belong to the same owner, that is its column named like the owner
   * reference's `as` (`partner_id`) must hold the owner the row names. Checked in SQL.
   */
  sameOwner?: string;
}

export interface ColumnDefinition {
  /** CSV header name; also the staging column and, unless `references` is set, the target column. */
  name: string;
  type: SqlType;
  /** Checks a trimmed, non-empty cell. */
  parse: CellParser;
  /** Required columns must be in the header and every row needs a value. */
  required: boolean;
  /** Value of an empty cell or an absent optional column. */
  fallback: CellValue;
  references?: Reference;
  /**
   * Staged and checked like any column but not stored in the target table: it qualifies the row
   * instead (partners' `valid_from` dates a change of tier, lifecycle, sponsor or manager).
   */
  stageOnly?: boolean;
}

/** Parsed values of one row by column name; `undefined` where the cell was rejected. */
export type RowValues = Readonly<Record<string, CellValue | undefined>>;

export interface RowProblem {
  column: string;
  reason: string;
}

/** Everything the generic import pipeline needs to know about one entity. */
export interface EntityDefinition {
  entity: EntityName;
  /** Target table; it has `org_id`, `external_id` and a unique key on both. */
  table: string;
  /** The first column is always `external_id`. */
  columns: readonly ColumnDefinition[];
  /** Rules that involve several cells of one row; only called when some column needs it. */
  checkRow?: (row: RowValues) => RowProblem[];
  /**
   * Runs in the import's transaction right after the merge (dry runs too), with the staged rows
   * still in the staging table: what the entity keeps beside its table (partners' dated history).
   * It may throw IMPORT_REJECTED, and then nothing is written.
   */
  afterMerge?: (tx: SqlClient, at: AfterMerge) => Promise<void>;
}

export interface AfterMerge {
  orgId: string;
  file: string;
  /** The import's date: when a change without a date of its own takes effect. */
  importDate: string;
}

/** The columns stored in the entity's table (what reads return): all but the stage-only ones. */
export const storedColumns = (def: EntityDefinition): readonly ColumnDefinition[] =>
  def.columns.filter((c) => !c.stageOnly);
