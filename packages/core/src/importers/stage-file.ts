import type { SqlClient } from '../db/sql-client.ts';
import { AppError } from '../errors.ts';
import { absentColumnNotices } from './absent-columns.ts';
import type { Audience } from './audience.ts';
import { checkHeader } from './check-header.ts';
import type { CsvSource } from './csv-source.ts';
import type { EntityDefinition } from './entity-definition.ts';
import type { IssueList } from './issue-list.ts';
import { type CompiledMapping, compileMapping, type MappingContext } from './mapping/compile-mapping.ts';
import { DATE_VOTE_ROWS, type DateReading } from './mapping/date-reading.ts';
import type { Mapping } from './mapping/mapping-schema.ts';
import { isFooterRow, isHeaderRow, MAX_TITLE_ROWS, sourceNames } from './mapping/report-rows.ts';
import { type CsvForm, type RecordHandler, readCsvRecords } from './read-csv-records.ts';
import { readXlsxRecords } from './read-xlsx-records.ts';
import { createRowValidator, type RowValidator } from './row-validator.ts';
import { StageBatch } from './stage-batch.ts';
import { insertStageBatch } from './staging-table.ts';

/** Rows per staging statement by default. */
export const STAGE_BATCH_ROWS = 20_000;

const ignore = () => {};

/** A workbook read like a CSV: same handler, its "form" is the sheet's. */
const xlsxReader =
  (sheet: string | undefined) =>
  async (src: CsvSource, handle: RecordHandler): Promise<CsvForm> => {
    await readXlsxRecords(src, handle, sheet);
    return { encoding: 'xlsx', delimiter: '' };
  };

/** Thrown to stop reading once enough problems are found (`stopAfter`). */
const STOP = Symbol('stop reading');

/** Progress of one import: data rows read so far and bytes consumed. */
export interface ImportProgress {
  rows: number;
  bytes: number;
}

/**
 * Streams the source into the staging table: header check, then every row is parsed and checked
 * (problems go to `issues`) and staged in batches of `batchRows`. While one batch is being written
 * the next is parsed; at most one write is in flight. Returns the number of data rows.
 */
export const stageFile = async (
  tx: SqlClient,
  def: EntityDefinition,
  source: CsvSource,
  issues: IssueList,
  opts: {
    batchRows?: number;
    onProgress?: (p: ImportProgress) => void;
    stopAfter?: number;
    /** The worksheet of a workbook to read (the first by default). */
    sheet?: string;
    /** A mapping from the source's own columns (CRM exports); canonical columns without one. */
    mapping?: { mapping: Mapping; context: MappingContext };
    /** Who reads the notices (audience.ts). */
    audience?: Audience;
  } = {},
): Promise<Staged> => {
  const { batchRows = STAGE_BATCH_ROWS, onProgress, stopAfter, mapping, audience = 'api' } = opts;
  const file = source.name;
  let stoppedEarly = false;
  let compiled: CompiledMapping | undefined;
  const names = mapping ? sourceNames(mapping.mapping) : undefined;
  let titleRows = 0;
  let footerRows = 0;
  let sourceWidth = 0;
  let bytes = 0;
  let validate: RowValidator | undefined;
  let form: CsvForm = { encoding: 'utf-8', delimiter: ',' };
  let batch = new StageBatch(def.columns.length);
  let writing: Promise<void> = Promise.resolve();
  let rows = 0;
  let absent: string[] = [];
  const absentOf = (indexes: number[]) => def.columns.filter((_, i) => indexes[i]! < 0).map((c) => c.name);
  /** Source rows held back (with their lines) until the file's date order is decided. */
  let held: [string[], number][] | undefined;
  const take = (cells: string[], line: number) => {
    if (stopAfter !== undefined && issues.total >= stopAfter) {
      stoppedEarly = true;
      throw STOP;
    }
    rows++;
    validate!(cells, line, batch);
    return batch.size >= batchRows ? flush() : undefined;
  };
  const release = async () => {
    compiled!.dates!.settle();
    const waiting = held!;
    held = undefined;
    for (const [cells, line] of waiting) await take(compiled!.transform(cells), line);
  };
  const flush = async () => {
    await writing;
    writing = insertStageBatch(tx, def, batch);
    onProgress?.({ rows, bytes });
    writing.catch(ignore); // awaited by the next flush or below; never left unhandled meanwhile
    batch = new StageBatch(def.columns.length);
  };
  try {
    try {
      const read = source.format === 'xlsx' ? xlsxReader(opts.sheet) : readCsvRecords;
      form = await read(
        source,
        (record, line) => {
          if (!validate) {
            if (mapping) {
              // A report's title and filter lines come before its header row.
              if (!isHeaderRow(record, names!)) {
                if (++titleRows > MAX_TITLE_ROWS) throw headerNotFound(file, mapping.mapping);
                return undefined;
              }
              compiled = compileMapping(mapping.mapping, def, record, file, mapping.context);
              sourceWidth = record.length;
              const indexes = checkHeader(def, file, compiled.header, line);
              absent = absentOf(indexes);
              validate = createRowValidator(def, file, indexes, compiled.header.length, issues, {
                labels: compiled.labels,
                reasons: dateReasons(def, compiled),
              });
              // Nobody said how dates are ordered: the first rows decide before any is read.
              if (compiled.dates && !compiled.dates.settled) held = [];
              return undefined;
            }
            const indexes = checkHeader(def, file, record, line);
            absent = absentOf(indexes);
            validate = createRowValidator(def, file, indexes, record.length, issues);
            return undefined;
          }
          if (!compiled) return take(record, line);
          if (isFooterRow(record, sourceWidth)) {
            footerRows++;
            return undefined;
          }
          compiled.observe(record);
          if (!held) return take(compiled.transform(record), line);
          held.push([record, line]);
          return held.length < DATE_VOTE_ROWS ? undefined : release();
        },
        (n) => {
          bytes = n;
        },
      );
      if (held) await release();
    } catch (err) {
      if (err !== STOP) throw err;
    }
    if (!validate && mapping && titleRows > 0) throw headerNotFound(file, mapping.mapping);
    if (!validate) {
      const reason = 'the file is empty; a header row is required';
      throw new AppError('IMPORT_REJECTED', `${file}: ${reason}`, [{ file, line: 1, reason }]);
    }
    if (batch.size > 0) await flush();
  } finally {
    await writing.catch(ignore);
  }
  await writing;
  const notices = [
    ...(titleRows
      ? [
          `skipped ${titleRows} line${titleRows === 1 ? '' : 's'} above the header row (report title, filters)`,
        ]
      : []),
    ...(footerRows
      ? [`skipped ${footerRows} line${footerRows === 1 ? '' : 's'} of totals or footer below the data`]
      : []),
    ...(compiled?.notices ?? []),
    ...[compiled?.dates?.notice(audience)].filter((n) => n !== undefined),
    ...absentColumnNotices(def, absent, mapping?.mapping),
  ];
  return {
    rows,
    form,
    stoppedEarly,
    notices,
    absent,
    labels: compiled ? new Map(compiled.header.map((h, i) => [h, compiled!.labels[i]!])) : undefined,
    formats: compiled?.formats,
    dates: compiled?.dates,
  };
};

/** For each column read with a date format, why a value it could not read is refused. */
const dateReasons = (def: EntityDefinition, compiled: CompiledMapping) =>
  def.columns.map((c) =>
    compiled.dates && compiled.formats.get(c.name) === 'date'
      ? (value: string) => compiled.dates!.explain(value)
      : undefined,
  );

export interface Staged {
  rows: number;
  form: CsvForm;
  stoppedEarly: boolean;
  /** What was skipped or ignored on the way (title rows, footers, unused source columns). */
  notices: string[];
  /** The entity's columns the file does not have (after its mapping). */
  absent: string[];
  /** Mapped imports: canonical column → what messages call it. */
  labels?: Map<string, string>;
  /** Mapped imports: canonical column → the format it is read with. */
  formats?: Map<string, 'money' | 'date' | 'boolean'>;
  /** Mapped imports with dates: how their order was read, and the whole file's tally. */
  dates?: DateReading;
}

const headerNotFound = (file: string, mapping: Mapping) =>
  new AppError(
    'IMPORT_REJECTED',
    `${file}: no header row with the mapping's columns, nothing imported`,
    [
      {
        file,
        reason: `none of the first ${MAX_TITLE_ROWS} rows names the columns ${[...sourceNames(mapping)].slice(0, 6).join(', ')}…`,
      },
    ],
    { headerRow: true },
  );
