/** Use-case: a saved mapping, parsed, for an import (`?mapping=<name>`); NOT_FOUND when there is none. */
import { findImportMapping } from '../../db/queries/import-mappings.ts';
import type { Database } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import type { Mapping } from '../../importers/mapping/mapping-schema.ts';
import { parseMapping } from '../../importers/mapping/presets.ts';
import type { Caller } from '../accounts/caller.ts';

export const loadImportMappingUseCase = async (
  db: Database,
  caller: Caller,
  { name }: { name: string },
): Promise<Mapping> => {
  const row = await findImportMapping(db, caller.orgId, name);
  if (!row) throw new AppError('NOT_FOUND', `No saved mapping "${name}"`);
  return parseMapping({ name: `"${name}"`, text: row.yaml });
};
