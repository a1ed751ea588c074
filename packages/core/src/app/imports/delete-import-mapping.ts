/** Use-case: forget a saved mapping (NOT_FOUND when the org has none by that name); audited. */
import { recordAudit } from '../../db/queries/audit-log.ts';
import { deleteImportMapping } from '../../db/queries/import-mappings.ts';
import type { Database } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import type { Caller } from '../accounts/caller.ts';

export const deleteImportMappingUseCase = (
  db: Database,
  caller: Caller,
  { name }: { name: string },
): Promise<void> =>
  db.transaction(async (tx) => {
    const gone = await deleteImportMapping(tx, caller.orgId, name);
    if (!gone) throw new AppError('NOT_FOUND', `No saved mapping "${name}"`);
    await recordAudit(tx, caller.orgId, caller, {
      action: 'mapping.delete',
      entity: 'import-mapping',
      entityId: name,
      before: { entity: gone.entity, yaml: gone.yaml },
      after: null,
    });
  });
