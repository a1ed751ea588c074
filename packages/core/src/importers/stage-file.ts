import type { SqlClient } from '../db/sql-client.ts';
import { AppError } from '../errors.ts';
import { checkHeader } from './check-header.ts';
import type { CsvSource } from './csv-source.ts';
import type { EntityDefinition } from './entity-definition.ts';
import type { IssueList } from './issue-list.ts';
import { type CsvForm, readCsvRecords } from './read-csv-records.ts';
import { createRowValidator, type RowValidator } from './row-validator.ts';
import { StageBatch } from './stage-batch.ts';
import { insertStageBatch } from './staging-table.ts';

/** Rows per staging statement by default. */
export const STAGE_BATCH_ROWS = 20_000;

const ignore = () => {};

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
  opts: { batchRows?: number; onProgress?: (p: ImportProgress) => void; stopAfter?: number } = {},
): Promise<{ rows: number; form: CsvForm; stoppedEarly: boolean }> => {
  const { batchRows = STAGE_BATCH_ROWS, onProgress, stopAfter } = opts;
  const file = source.name;
  let stoppedEarly = false;
  let bytes = 0;
  let validate: RowValidator | undefined;
  let form: CsvForm = { encoding: 'utf-8', delimiter: ',' };
  let batch = new StageBatch(def.columns.length);
  let writing: Promise<void> = Promise.resolve();
  let rows = 0;
  const flush = async () => {
    await writing;
    writing = insertStageBatch(tx, def, batch);
    onProgress?.({ rows, bytes });
    writing.catch(ignore); // awaited by the next flush or below; never left unhandled meanwhile
    batch = new StageBatch(def.columns.length);
  };
  try {
    try {
      form = await readCsvRecords(
        source,
        (cells, line) => {
          if (!validate) {
            validate = createRowValidator(
              def,
              file,
              checkHeader(def, file, cells, line),
              cells.length,
              issues,
            );
            return undefined;
          }
          if (stopAfter !== undefined && issues.total >= stopAfter) {
            stoppedEarly = true;
            throw STOP;
          }
          rows++;
          validate(cells, line, batch);
          return batch.size >= batchRows ? flush() : undefined;
        },
        (n) => {
          bytes = n;
        },
      );
    } catch (err) {
      if (err !== STOP) throw err;
    }
    if (!validate) {
      const reason = 'the file is empty; a header row is required';
      throw new AppError('IMPORT_REJECTED', `${file}: ${reason}`, [{ file, line: 1, reason }]);
    }
    if (batch.size > 0) await flush();
  } finally {
    await writing.catch(ignore);
  }
  await writing;
  return { rows, form, stoppedEarly };
};
