/** Changes some fields of one record; its external id stays. */

import type { Database } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import type { EntityName } from '../../importers/entity-name.ts';
import type { EntityRecord } from '../../importers/record-shape.ts';
import type { Caller } from '../accounts/caller.ts';

import { checkOwnPartner, findRecord, notFound, type RecordInput, write } from './record-writes.ts';

export const updateRecordUseCase = async (
  db: Database,
  caller: Caller,
  { entity, externalId, patch }: { entity: EntityName; externalId: string; patch: RecordInput },
): Promise<EntityRecord> => {
  const before = await findRecord(db, caller, entity, externalId);
  if (!before) throw notFound(entity, externalId);
  if (patch.external_id !== undefined && patch.external_id !== externalId)
    throw new AppError('INVALID_INPUT', 'external_id cannot be changed', [
      { field: 'external_id', reason: `is "${externalId}"; create a new record instead` },
    ]);
  const values = { ...before, ...patch };
  checkOwnPartner(caller, entity, values);
  return write(db, caller, entity, values, { action: 'record.update', before });
};
