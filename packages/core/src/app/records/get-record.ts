/** One record by its external id. */
import type { Database } from '../../db/sql-client.ts';
import type { EntityName } from '../../importers/entity-name.ts';
import type { Caller } from '../accounts/caller.ts';

import { findRecord, notFound } from './record-writes.ts';

export const getRecordUseCase = async (
  db: Database,
  caller: Caller,
  { entity, externalId }: { entity: EntityName; externalId: string },
) => {
  const row = await findRecord(db, caller, entity, externalId);
  if (!row) throw notFound(entity, externalId);
  return row;
};
