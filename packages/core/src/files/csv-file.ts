import { stat } from 'node:fs/promises';
import type { Database } from '../db/sql-client.ts';
import { AppError } from '../errors.ts';
import type { CsvSource } from '../importers/csv-source.ts';
import type { EntityName } from '../importers/entity-name.ts';
import { type ImportOptions, type ImportResult, importCsv } from '../importers/import-csv.ts';
import { fileSource } from './file-source.ts';

/** A CSV file as an import source; a missing path or a folder is INVALID_INPUT naming it. */
export const csvFile = async (file: string): Promise<CsvSource> => {
  const info = await stat(file).catch(() => undefined);
  const reason = !info ? 'file not found' : !info.isFile() ? 'not a file' : undefined;
  if (reason || !info) throw new AppError('INVALID_INPUT', `${file}: ${reason}`, [{ file, reason: reason! }]);
  return fileSource(file, file, info.size);
};

/** Imports a CSV file (the CLI's and the tests' door to `importCsv`). */
export const importFile = async (
  db: Database,
  orgId: string,
  entity: EntityName,
  file: string,
  opts: ImportOptions = {},
): Promise<ImportResult> => importCsv(db, orgId, entity, await csvFile(file), opts);
