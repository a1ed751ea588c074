/**
 * Turns a mapping and the source's header into a row transform: source cells in, the entity's
 * canonical cells out (as text the import's own checks then read). Problems with the mapping itself
 * (an unknown canonical column, a required source column the file lacks) are reported against the
 * header; source columns the mapping does not use are ignored with a notice.
 */
import { AppError, type Issue } from '../../errors.ts';
import type { EntityDefinition } from '../entity-definition.ts';
import { DateReading } from './date-reading.ts';
import type { ColumnRule, Mapping } from './mapping-schema.ts';
import {
  type DateOrder,
  dateOrderOf,
  parseBooleanValue,
  parseDateValue,
  parseMoneyValue,
} from './value-formats.ts';

type Format = NonNullable<Exclude<ColumnRule, string>['format']>;

export interface CompiledMapping {
  /** Canonical column names, in the order `transform` returns their cells. */
  header: string[];
  /** For each canonical column, what messages call it: "amount (Amount)". */
  labels: string[];
  transform(cells: string[]): string[];
  notices: string[];
  /** The format each canonical column is read with (money, date, boolean), where it has one. */
  formats: Map<string, Format>;
  /** How day-month dates are read, when a column is read as a date. */
  dates?: DateReading;
  /** Tallies a source row's dates (every row, before `transform`; see date-reading.ts). */
  observe(cells: string[]): void;
}

export interface MappingContext {
  /** Name (lower-cased) → external id of referenced records, for `lookup: name`. */
  names?: (table: string) => ReadonlyMap<string, string>;
  /** Overrides the mapping's date order (the CLI's --date-format). */
  dateOrder?: DateOrder;
}

const norm = (s: string) => s.trim().toLowerCase();

type Extract = (cells: string[], done: Map<string, string>) => string;

export const compileMapping = (
  mapping: Mapping,
  def: EntityDefinition,
  sourceHeader: string[],
  file: string,
  ctx: MappingContext = {},
): CompiledMapping => {
  const position = new Map<string, number>();
  sourceHeader.forEach((h, i) => {
    if (!position.has(norm(h))) position.set(norm(h), i);
  });
  const issues: Issue[] = [];
  const used = new Set<number>();
  const dates = dateReadingOf(mapping, ctx);
  const dateSources: number[] = [];
  const formats = new Map<string, Format>();
  const header: string[] = [];
  const labels: string[] = [];
  const extracts: Extract[] = [];
  for (const [canonical, spec] of Object.entries(mapping.columns)) {
    const column = def.columns.find((c) => c.name === canonical);
    if (!column) {
      issues.push({
        file,
        line: 1,
        column: canonical,
        reason: `the mapping names "${canonical}", which ${def.entity} has no column called`,
      });
      continue;
    }
    const rule: Exclude<ColumnRule, string> = typeof spec === 'string' ? { from: spec } : spec;
    let read: (cells: string[]) => string;
    let label = canonical;
    if (rule.value !== undefined) {
      const constant = rule.value;
      read = () => constant;
    } else {
      const names = Array.isArray(rule.from) ? rule.from : [rule.from!];
      const at = names.map((n) => position.get(norm(n))).find((i) => i !== undefined);
      if (at === undefined) {
        if (rule.optional) continue;
        issues.push({
          file,
          line: 1,
          column: names[0],
          reason: `missing column "${names.join('" or "')}" (mapped to ${canonical})`,
        });
        continue;
      }
      used.add(at);
      if (rule.format === 'date') dateSources.push(at);
      const named = sourceHeader[at]!.trim();
      label = norm(named) === canonical ? canonical : `${canonical} (${named})`;
      read = (cells) => (cells[at] ?? '').trim();
    }
    if (rule.format) formats.set(canonical, rule.format);
    extracts.push(extractorOf(rule, read, dates, column.references?.table, ctx));
    header.push(canonical);
    labels.push(label);
  }
  if (issues.length)
    throw new AppError(
      'IMPORT_REJECTED',
      `${file}: the mapping does not fit this file, nothing imported`,
      issues,
      { headerRow: true },
    );
  const ignored = sourceHeader.filter((h, i) => !used.has(i) && h.trim() !== '').map((h) => h.trim());
  const notices = ignored.length
    ? [
        `${ignored.length} source column${ignored.length === 1 ? '' : 's'} not used by the mapping, ignored: ${ignored.join(', ')}`,
      ]
    : [];
  // onlyWhen reads other mapped columns: compute those first.
  const order = header
    .map((_, i) => i)
    .sort((a, b) => dependsOn(mapping, header[a]!) - dependsOn(mapping, header[b]!));
  return {
    header,
    labels,
    notices,
    formats,
    dates: dateSources.length ? dates : undefined,
    observe(cells) {
      for (const at of dateSources) dates.tally.add(cells[at] ?? '');
    },
    transform(cells) {
      const done = new Map<string, string>();
      const out = new Array<string>(header.length);
      for (const i of order) {
        const value = extracts[i]!(cells, done);
        done.set(header[i]!, value);
        out[i] = value;
      }
      return out;
    },
  };
};

const dependsOn = (mapping: Mapping, canonical: string): number => {
  const spec = mapping.columns[canonical];
  return typeof spec === 'object' && spec.onlyWhen ? 1 : 0;
};

/** The order dates are read in: the one chosen for this import, the mapping's, or the file's (decided later). */
const dateReadingOf = (mapping: Mapping, ctx: MappingContext): DateReading => {
  if (ctx.dateOrder) return new DateReading(ctx.dateOrder, 'chosen');
  const order = mapping.dateFormat ? dateOrderOf(mapping.dateFormat) : undefined;
  return order ? new DateReading(order, 'mapping', mapping.dateFormat) : new DateReading(undefined, 'file');
};

const extractorOf = (
  rule: Exclude<ColumnRule, string>,
  read: (cells: string[]) => string,
  dates: DateReading,
  table: string | undefined,
  ctx: MappingContext,
): Extract => {
  const map = rule.map ? new Map(Object.entries(rule.map).map(([k, v]) => [norm(k), v])) : undefined;
  const names = rule.lookup === 'name' && table ? ctx.names?.(table) : undefined;
  const contains = rule.contains?.toLowerCase();
  return (cells, done) => {
    if (rule.onlyWhen) {
      for (const [other, values] of Object.entries(rule.onlyWhen)) {
        const v = done.get(other);
        if (v === undefined || !values.some((x) => norm(x) === norm(v))) return '';
      }
    }
    let v = read(cells);
    if (contains !== undefined) return v.toLowerCase().includes(contains) ? 'true' : 'false';
    if (map) v = map.get(norm(v)) ?? (v === '' ? '' : (rule.otherwise ?? v));
    if (v === '') return v;
    // A value a format cannot read is passed on as given: the import's check then names it.
    if (rule.format === 'money') return parseMoneyValue(v) ?? v;
    if (rule.format === 'date') return parseDateValue(v, dates.order) ?? v;
    if (rule.format === 'boolean') return parseBooleanValue(v) ?? v;
    if (names) return names.get(norm(v)) ?? v;
    return v;
  };
};

/**
 * The canonical columns mapped to themselves, dates read in the common forms: what a canonical file
 * imports through when only its date format differs (`--date-format`).
 */
export const identityMapping = (def: EntityDefinition): Mapping => ({
  kind: 'mapping',
  name: `${def.entity} (canonical columns)`,
  entity: def.entity,
  columns: Object.fromEntries(
    def.columns.map((c) => [
      c.name,
      {
        from: c.name,
        ...(c.type === 'date' ? { format: 'date' as const } : {}),
        ...(c.required ? {} : { optional: true }),
      },
    ]),
  ),
});
