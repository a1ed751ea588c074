import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Database } from '../db/sql-client.ts';
import { AppError } from '../errors.ts';
import type { CsvSource } from '../importers/csv-source.ts';
import type { EntityName } from '../importers/entity-name.ts';
import { type ImportOptions, type ImportResult, importCsv } from '../importers/import-csv.ts';

/** A CSV file as an import source; a missing path or a folder is INVALID_INPUT naming it. */
export const csvFile = async (file: string): Promise<CsvSource> => {
  const info = await stat(file).catch(() => undefined);
  const reason = !info ? 'file not found' : !info.isFile() ? 'not a file' : undefined;
  if (reason || !info) throw new AppError('INVALID_INPUT', `${file}: ${reason}`, [{ file, reason: reason! }]);
  const head = Buffer.alloc(4);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 4, 0);
  } finally {
    closeSync(fd);
  }
  const xlsx = /\.xlsx$/i.test(file) || head.equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  return { name: file, size: info.size, format: xlsx ? 'xlsx' : 'csv', open: () => createReadStream(file) };
};

/** Imports a CSV file (the CLI's and the tests' door to `importCsv`). */
export const importFile = async (
  db: Database,
  orgId: string,
  entity: EntityName,
  file: string,
  opts: ImportOptions = {},
): Promise<ImportResult> => importCsv(db, orgId, entity, await csvFile(file), opts);
