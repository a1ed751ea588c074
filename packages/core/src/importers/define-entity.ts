import { externalIdColumn, partnerReferenceColumn } from './column-builders.ts';
import type { ColumnDefinition, EntityDefinition } from './entity-definition.ts';
import type { EntityName } from './entity-name.ts';

type Extra = Pick<EntityDefinition, 'checkRow' | 'afterMerge'>;

/** An entity keyed by `external_id`, followed by `columns`. */
export const defineEntity = (
  entity: EntityName,
  table: string,
  columns: readonly ColumnDefinition[],
  extra: Extra = {},
): EntityDefinition => ({ entity, table, columns: [externalIdColumn, ...columns], ...extra });

/** An entity that belongs to a partner: `external_id`, `partner_external_id`, then `columns`. */
export const definePartnerOwned = (
  entity: EntityName,
  table: string,
  columns: readonly ColumnDefinition[],
  extra: Extra = {},
): EntityDefinition => defineEntity(entity, table, [partnerReferenceColumn, ...columns], extra);
