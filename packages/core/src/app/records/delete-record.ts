/** Deletes one record; refused (409, naming them) while other records refer to it. */
import { recordAudit } from '../../db/queries/audit-log.ts';
import { deleteRecord as deleteRecordRows } from '../../db/queries/records/records.ts';
import type { Database } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import { entityDefinitions } from '../../importers/entity-definitions.ts';
import type { EntityName } from '../../importers/entity-name.ts';
import type { Caller } from '../accounts/caller.ts';

import { findRecord, notFound } from './record-writes.ts';

/** Which entities hold references to `entity`, for the message of a refused delete. */
const dependentsOf = (entity: EntityName): string[] => {
  const table = entityDefinitions[entity].table;
  return Object.values(entityDefinitions)
    .filter((d) => d.columns.some((c) => c.references?.table === table))
    .map((d) => d.entity);
};

export const deleteRecordUseCase = async (
  db: Database,
  caller: Caller,
  { entity, externalId }: { entity: EntityName; externalId: string },
) => {
  await db.transaction(async (tx) => {
    const before = await findRecord(tx, caller, entity, externalId);
    if (!before) throw notFound(entity, externalId);
    try {
      await deleteRecordRows(tx, entityDefinitions[entity], caller.orgId, externalId);
    } catch (err) {
      if ((err as { code?: string }).code === '23503')
        throw new AppError(
          'CONFLICT',
          `${entity} "${externalId}" is still referenced (by its ${[...dependentsOf(entity), 'readiness history'].join(', ')}); delete those first`,
        );
      throw err;
    }
    await recordAudit(tx, caller.orgId, caller, {
      action: 'record.delete',
      entity,
      entityId: externalId,
      before,
    });
  });
};
