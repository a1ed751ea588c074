import type { ImportResult } from '@trellis/contracts';
import type { Database, SqlClient } from '../db/sql-client.ts';
import { AppError } from '../errors.ts';
import type { Audience } from './audience.ts';
import type { CsvSource } from './csv-source.ts';
import type { EntityDefinition } from './entity-definition.ts';
import { entityDefinitions } from './entity-definitions.ts';
import type { EntityName } from './entity-name.ts';
import { findStageProblems } from './find-stage-problems.ts';
import { fixHint } from './fix-hint.ts';
import { logImport } from './import-log.ts';
import { ISSUE_LIMIT, IssueList, mergeByLine, ROW } from './issue-list.ts';
import { identityMapping, type MappingContext } from './mapping/compile-mapping.ts';
import type { DateReading } from './mapping/date-reading.ts';
import type { Mapping } from './mapping/mapping-schema.ts';
import { withPresetProposal } from './mapping/propose-preset.ts';
import type { DateOrder } from './mapping/value-formats.ts';
import { mergeStage } from './merge-stage.ts';
import { namesIn } from './referenced-names.ts';
import { type ImportProgress, stageFile } from './stage-file.ts';
import { analyzeTables, createStagingTable, STAGE_TABLE } from './staging-table.ts';

/** A finished import's counts and how the file was read: the contracts' shape, as the API shows it. */
export type { ImportResult };

export interface ImportOptions {
  /** Validate everything (references included) and report what would change, writing nothing. */
  dryRun?: boolean;
  /** Rows per staging statement (tuning and tests). */
  batchRows?: number;
  /** Called after each staged batch. */
  onProgress?: (p: ImportProgress) => void;
  /**
   * Stop reading after this many problems (the report then says "at least"); without it every
   * row is checked and the first 1,000 problems are listed.
   */
  maxErrors?: number;
  /** The source's own columns and how they become the entity's (a preset, a mapping file). */
  mapping?: Mapping;
  /** The worksheet of an .xlsx workbook (the first by default). */
  sheet?: string;
  /** The day-month order of dates, overriding the mapping's (`--date-format`). */
  dateOrder?: DateOrder;
  /** Who reads the notices and fixes: the CLI (its options) or the API and web app (the default). */
  audience?: Audience;
  /** Runs inside the import's transaction after a real (not dry) merge: audit entries, read-back. */
  inTransaction?: (tx: SqlClient, result: ImportResult) => Promise<void>;
  /** Who imports, for the import log ("cli", a user's or token's label); default "system". */
  actor?: string;
  /**
   * The import's date (YYYY-MM-DD; default today, UTC): a partner's changed tier, lifecycle,
   * sponsor or manager without a `valid_from` of its own holds from this day.
   */
  importDate?: string;
}

/** Thrown inside the transaction to roll a dry run back, whatever it touched. */
class DryRunDone {
  constructor(readonly result: ImportResult) {}
}

/**
 * What a mapping needs from the database: for `lookup: name` columns, the org's names of the
 * referenced records (a name two records share is left out: it names neither).
 */
const mappingContext = async (
  tx: SqlClient,
  orgId: string,
  mapping: Mapping,
  def: EntityDefinition,
  dateOrder?: DateOrder,
): Promise<MappingContext> => {
  const tables = new Set(
    Object.entries(mapping.columns).flatMap(([canonical, spec]) => {
      const table = def.columns.find((c) => c.name === canonical)?.references?.table;
      return typeof spec === 'object' && spec.lookup === 'name' && table ? [table] : [];
    }),
  );
  const names = new Map<string, Map<string, string>>();
  for (const table of tables) {
    const rows = await namesIn(tx, orgId, table);
    const byName = new Map<string, string>();
    const shared = new Set<string>();
    for (const r of rows) {
      if (byName.has(r.name)) shared.add(r.name);
      else byName.set(r.name, r.id);
    }
    for (const n of shared) byName.delete(n);
    names.set(table, byName);
  }
  return { names: (table) => names.get(table) ?? new Map(), dateOrder };
};

/** How a file was read, for the fixes its problems point to (fix-hint.ts). */
interface Reading {
  audience: Audience;
  mapped: boolean;
  labels?: Map<string, string>;
  formats?: Map<string, 'money' | 'date' | 'boolean'>;
  dates?: DateReading;
}

/** Per column, most problems first: its count, first examples and, where they show it, the fix. */
const columnSummaries = (def: EntityDefinition, rows: IssueList, reading: Reading) => {
  const canonical = new Map([...(reading.labels ?? [])].map(([name, label]) => [label, name]));
  return [...rows.byColumn]
    .map(([column, count]) => {
      const examples = rows.examples.get(column) ?? [];
      const name = canonical.get(column) ?? column;
      const definition = def.columns.find((c) => c.name === name);
      const hint = fixHint(definition, examples, { ...reading, format: reading.formats?.get(name) });
      return { column, count, examples, ...(hint ? { hint } : {}) };
    })
    .sort((a, b) => b.count - a.count);
};

/** Adds the set-based checks (duplicates, references) to the row issues; rejects if there is any. */
const rejectProblems = async (
  tx: SqlClient,
  def: EntityDefinition,
  orgId: string,
  file: string,
  rows: IssueList,
  stoppedEarly: boolean,
  reading: Reading,
) => {
  const references = def.columns.flatMap((c) => (c.references ? [c.references.table] : []));
  await analyzeTables(tx, [STAGE_TABLE, ...references]);
  const found = await findStageProblems(tx, def, orgId, file, rows.limit);
  const label = (c: string) => reading.labels?.get(c) ?? c;
  for (const [column, n] of found.byColumn) rows.count(label(column), n);
  for (const i of found.issues) {
    if (i.column) i.column = label(i.column);
    rows.keepExample(i.column ?? ROW, i);
  }
  const total = rows.total;
  if (total === 0) return;
  const problems = `${stoppedEarly ? 'at least ' : ''}${total === 1 ? '1 problem' : `${total} problems`}`;
  const issues = mergeByLine([rows.items, found.issues], rows.limit);
  throw new AppError('IMPORT_REJECTED', `${file}: ${problems}, nothing imported`, issues, {
    total,
    stoppedEarly,
    byColumn: columnSummaries(def, rows, reading),
  });
};

/**
 * Imports one canonical CSV of `entity` rows into `orgId`, all or nothing: every problem in
 * the file (cells, duplicates, unknown references) is collected and reported in one
 * IMPORT_REJECTED error, and then nothing is written. Rows are upserted by external_id; rows whose
 * values did not change are left untouched.
 */
export const importCsv = async (
  db: Database,
  orgId: string,
  entity: EntityName,
  source: CsvSource,
  opts: ImportOptions = {},
): Promise<ImportResult> => {
  const def = entityDefinitions[entity];
  const dryRun = opts.dryRun ?? false;
  const audience = opts.audience ?? 'api';
  // A canonical file whose dates are written another way goes through the identity mapping.
  const mapping = opts.mapping ?? (opts.dateOrder ? identityMapping(def) : undefined);
  const file = source.name;
  try {
    return await db.transaction(async (tx) => {
      const issues = new IssueList(opts.maxErrors ?? ISSUE_LIMIT);
      await createStagingTable(tx, def);
      const context = mapping ? await mappingContext(tx, orgId, mapping, def, opts.dateOrder) : undefined;
      const staged = await stageFile(tx, def, source, issues, {
        batchRows: opts.batchRows,
        onProgress: opts.onProgress,
        stopAfter: opts.maxErrors,
        sheet: opts.sheet,
        mapping: mapping && context ? { mapping, context } : undefined,
        audience,
      });
      const { rows, form, stoppedEarly, notices, absent } = staged;
      await rejectProblems(tx, def, orgId, file, issues, stoppedEarly, {
        ...staged,
        audience,
        mapped: opts.mapping !== undefined,
      });
      // A dry run is the real import, rolled back: whatever the database would refuse, it refuses.
      const counts = await mergeStage(tx, def, orgId, new Set(absent));
      const importDate = opts.importDate ?? new Date().toISOString().slice(0, 10);
      await def.afterMerge?.(tx, { orgId, file, importDate });
      const result = {
        entity,
        file,
        encoding: form.encoding,
        delimiter: form.delimiter,
        notices,
        rows,
        ...counts,
        unchanged: rows - counts.inserted - counts.updated,
        dryRun,
      };
      if (dryRun) throw new DryRunDone(result);
      if (counts.inserted + counts.updated > 0) await analyzeTables(tx, [def.table]);
      await opts.inTransaction?.(tx, result);
      if (counts.inserted + counts.updated > 0) await logImport(tx, orgId, result, opts.actor ?? 'system');
      return result;
    });
  } catch (err) {
    if (err instanceof DryRunDone) return err.result;
    if (err instanceof AppError && err.extra.headerRow)
      throw await withPresetProposal(err, source, entity, audience, opts.mapping?.name);
    throw err;
  }
};
