/** Use-case: import every canonical CSV of a directory, in reference order (partners first). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../db/sql-client.ts';
import { type EntityName, entityNames, type ImportResult, importFile } from '../importers/index.ts';

export const importDirectory = async (db: Database, orgId: string, dir: string): Promise<ImportResult[]> => {
  const results: ImportResult[] = [];
  for (const entity of entityNames as readonly EntityName[]) {
    const file = join(dir, `${entity}.csv`);
    if (existsSync(file)) results.push(await importFile(db, orgId, entity, file));
  }
  return results;
};
