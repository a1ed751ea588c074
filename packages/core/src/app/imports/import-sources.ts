/** Use-case: import several canonical CSVs, in reference order (partners first), each all-or-nothing. */
import type { Database } from '../../db/sql-client.ts';
import type { EntitySources } from '../../importers/csv-source.ts';
import { entityNames } from '../../importers/entity-name.ts';
import { type ImportResult, importCsv } from '../../importers/import-csv.ts';
import type { Caller } from '../accounts/caller.ts';

export type { EntitySources };

export const importSourcesUseCase = async (
  db: Database,
  caller: Caller,
  { sources }: { sources: EntitySources },
): Promise<ImportResult[]> => {
  const results: ImportResult[] = [];
  for (const entity of entityNames) {
    const source = sources[entity];
    if (source) results.push(await importCsv(db, caller.orgId, entity, source));
  }
  return results;
};
