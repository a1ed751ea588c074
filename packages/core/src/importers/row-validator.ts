import type { CellValue } from './cell-parsers.ts';
import { Invalid } from './cell-parsers.ts';
import type { EntityDefinition } from './entity-definition.ts';
import type { IssueList } from './issue-list.ts';
import type { StageBatch } from './stage-batch.ts';

export type RowValidator = (cells: string[], line: number, batch: StageBatch) => void;

/** PostgreSQL text cannot hold a NUL byte: such a cell is refused, whatever the column. */
const NUL_BYTE = new Invalid('contains a NUL byte, which text cannot hold');

/**
 * Builds the per-row hot path for one file: trims and parses each cell, records every problem in
 * `issues`, and appends the row to `batch` (a rejected cell is staged as null so that duplicate and
 * reference checks still see the row). Rows with the wrong number of cells are not staged.
 */
export const createRowValidator = (
  def: EntityDefinition,
  file: string,
  indexes: readonly number[],
  headerWidth: number,
  issues: IssueList,
  opts: {
    /** What issues call each header column (a mapped source's own column name); the column names by default. */
    labels?: readonly string[];
    /**
     * Per column, why a value it refuses is refused, where the column's own words would mislead
     * (a date a mapping read as M/D/YYYY is no "YYYY-MM-DD" problem); undefined keeps them.
     */
    reasons?: readonly (((value: string) => string | undefined) | undefined)[];
  } = {},
): RowValidator => {
  const { columns, checkRow } = def;
  const { labels, reasons } = opts;
  const named = columns.map((c, i) => (labels && indexes[i]! >= 0 ? labels[indexes[i]!]! : c.name));
  const labelOf = (name: string) => named[columns.findIndex((c) => c.name === name)] ?? name;
  return (cells, line, batch) => {
    if (cells.length !== headerWidth) {
      issues.add({ file, line, reason: `has ${cells.length} cells but the header has ${headerWidth}` });
      return;
    }
    const row: Record<string, CellValue | undefined> | undefined = checkRow ? {} : undefined;
    for (let c = 0; c < columns.length; c++) {
      const col = columns[c]!;
      const index = indexes[c]!;
      const raw = index < 0 ? '' : cells[index]!.trim();
      let value: CellValue | Invalid;
      if (raw.includes('\0')) value = NUL_BYTE;
      else if (raw !== '') {
        value = col.parse(raw);
        if (value instanceof Invalid && reasons?.[c]) {
          const reason = reasons[c]!(raw);
          if (reason) value = new Invalid(reason);
        }
      } else if (col.required) value = new Invalid('is required');
      else value = col.fallback;
      if (value instanceof Invalid) {
        issues.add({ file, line, column: named[c], value: raw.slice(0, 100), reason: value.reason });
        batch.columns[c]!.push(null);
        if (row) row[col.name] = undefined;
      } else {
        batch.columns[c]!.push(value);
        if (row) row[col.name] = value;
      }
    }
    if (checkRow && row) {
      for (const p of checkRow(row)) issues.add({ file, line, column: labelOf(p.column), reason: p.reason });
    }
    batch.lines.push(line);
  };
};
