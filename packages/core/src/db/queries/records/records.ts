/**
 * The statements of the records API: a page of an entity's records, one record, and deleting one
 * (with the tables that are part of it). `onlyPartnerId` holds a partner user to their partner's
 * records.
 */
import type { EntityDefinition } from '../../../importers/entity-definition.ts';
import type { EntityName } from '../../../importers/entity-name.ts';
import type { EntityRecord, RecordQuery } from '../../../importers/record-shape.ts';
import type { SqlClient } from '../../sql-client.ts';
import { buildOrder, buildWhere } from './record-query.ts';
import { ownerPartnerExpr, recordSelect } from './record-sql.ts';

/** A record, shaped like a row of its entity's canonical CSV (column name → value). */

const ownOnly = (def: EntityDefinition, onlyPartnerId: number | null, param: number) =>
  onlyPartnerId === null
    ? { sql: [], params: [] }
    : { sql: [`${ownerPartnerExpr(def)} = $${param}`], params: [onlyPartnerId] };

export const pageRecords = async (
  db: SqlClient,
  def: EntityDefinition,
  orgId: string,
  onlyPartnerId: number | null,
  query: RecordQuery,
): Promise<{ items: EntityRecord[]; total: number }> => {
  const { select, from, columnExpr } = recordSelect(def);
  const own = ownOnly(def, onlyPartnerId, 2);
  const where = buildWhere(def, columnExpr, query, 2 + own.params.length);
  const conditions = ['t.org_id = $1', ...own.sql, ...where.sql].join(' and ');
  const params = [orgId, ...own.params, ...where.params];
  const order = buildOrder(def, columnExpr, query.sort);
  const n = params.length;
  // Two statements rather than a window count: the page can then stop after `limit` rows of an
  // index scan instead of sorting every row of the org.
  const rows = await db.query<EntityRecord>(
    `${select} where ${conditions} order by ${order} limit $${n + 1} offset $${n + 2}`,
    [...params, query.limit, query.offset],
  );
  const total =
    rows.length > 0 && rows.length < query.limit
      ? query.offset + rows.length
      : (await db.query<{ n: number }>(`select count(*)::int as n ${from} where ${conditions}`, params))[0]!
          .n;
  return { items: rows, total };
};

export const findRecord = async (
  db: SqlClient,
  def: EntityDefinition,
  orgId: string,
  onlyPartnerId: number | null,
  externalId: string,
): Promise<EntityRecord | undefined> => {
  const { select } = recordSelect(def);
  const own = ownOnly(def, onlyPartnerId, 3);
  const [row] = await db.query<EntityRecord>(
    `${select} where ${['t.org_id = $1', 't.external_id = $2', ...own.sql].join(' and ')}`,
    [orgId, externalId, ...own.params],
  );
  return row;
};

/** Tables that are part of the record itself (keyed by `partner_id`): deleted with it. */
const PARTS_OF: Partial<Record<EntityName, string[]>> = { partners: ['partner_attribute_history'] };

/** Deletes the record and its parts; a row still referencing it fails with 23503 (foreign key). */
export const deleteRecord = async (
  tx: SqlClient,
  def: EntityDefinition,
  orgId: string,
  externalId: string,
): Promise<void> => {
  for (const part of PARTS_OF[def.entity] ?? [])
    await tx.query(
      `delete from ${part} where org_id = $1 and partner_id = (select id from ${def.table} where org_id = $1 and external_id = $2)`,
      [orgId, externalId],
    );
  await tx.query(`delete from ${def.table} where org_id = $1 and external_id = $2`, [orgId, externalId]);
};
