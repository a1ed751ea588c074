/**
 * The columns a file does not have say nothing: a new record gets the column's empty value, a
 * stored record keeps its own (merge-stage.ts). Where empty means "unknown" — a deal's
 * registration, a project's renewal — a criterion then counts fewer records, so the import says
 * so rather than leave it to be found in a report (docs/import-format.md, "Absent columns").
 */
import type { ColumnDefinition, EntityDefinition } from './entity-definition.ts';
import type { Mapping } from './mapping/mapping-schema.ts';

/** An optional boolean with no default: empty is "unknown", never "no". */
export const unknownWhenEmpty = (c: ColumnDefinition): boolean =>
  c.type === 'boolean' && !c.required && c.fallback === null;

/** What the source calls `column`: the mapping's source column, else the column itself. */
const sourceName = (column: string, mapping?: Mapping): string => {
  const rule = mapping?.columns[column];
  if (rule === undefined) return column;
  if (typeof rule === 'string') return rule;
  const from = Array.isArray(rule.from) ? rule.from[0] : rule.from;
  return from ?? column;
};

/** One notice per absent column that is stored as unknown. */
export const absentColumnNotices = (
  def: EntityDefinition,
  absent: readonly string[],
  mapping?: Mapping,
): string[] =>
  def.columns
    .filter((c) => absent.includes(c.name) && unknownWhenEmpty(c))
    .map((c) => {
      const named = sourceName(c.name, mapping);
      const what = named === c.name ? `no ${c.name} column` : `no "${named}" column (${c.name})`;
      return `${what}: ${c.name} is stored as unknown for new ${def.entity}; those already stored keep theirs`;
    });
