/** Use-case: the mappings the org keeps for its imports, by name. */
import { type ImportMappingRow, listImportMappings } from '../../db/queries/import-mappings.ts';
import type { Database } from '../../db/sql-client.ts';
import type { Caller } from '../accounts/caller.ts';

export type ImportMappingView = ImportMappingRow;

export const listImportMappingsUseCase = (db: Database, caller: Caller): Promise<ImportMappingView[]> =>
  listImportMappings(db, caller.orgId);
