/** A page of one entity's records, filtered and sorted (a partner user sees their partner's only). */

import { pageRecords } from '../../db/queries/records/records.ts';
import type { Database } from '../../db/sql-client.ts';
import { entityDefinitions } from '../../importers/entity-definitions.ts';
import type { EntityName } from '../../importers/entity-name.ts';
import type { EntityRecord, RecordQuery } from '../../importers/record-shape.ts';
import type { Caller } from '../accounts/caller.ts';

export const listRecordsUseCase = (
  db: Database,
  caller: Caller,
  { entity, query }: { entity: EntityName; query: RecordQuery },
): Promise<{ items: EntityRecord[]; total: number }> =>
  pageRecords(db, entityDefinitions[entity], caller.orgId, caller.partner?.id ?? null, query);
