/** Creates one record (409 if its external id exists, whoever can see it). */

import type { Database } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import type { EntityName } from '../../importers/entity-name.ts';
import type { EntityRecord } from '../../importers/record-shape.ts';
import type { Caller } from '../accounts/caller.ts';

import { checkOwnPartner, findRecord, type RecordInput, write } from './record-writes.ts';

export const createRecordUseCase = async (
  db: Database,
  caller: Caller,
  { entity, values }: { entity: EntityName; values: RecordInput },
): Promise<EntityRecord> => {
  const externalId = String(values.external_id);
  checkOwnPartner(caller, entity, values);
  if (await findRecord(db, { ...caller, partner: undefined }, entity, externalId))
    throw new AppError(
      'CONFLICT',
      `A ${entity} record with external_id "${externalId}" already exists; update it instead`,
    );
  return write(db, caller, entity, values, { action: 'record.create' });
};
