/**
 * The records API over the ten entities of the canonical import: list, get, create, update,
 * delete. A record is shaped like a row of the entity's CSV (docs/import-format.md). Writes go
 * through the import pipeline itself (one row, one transaction), so the API and the CSV import
 * accept and reject exactly the same values. Partner users see only their partner's records.
 */
import { recordAudit } from '../../db/queries/audit-log.ts';
import type { RecordQuery } from '../../db/queries/records/record-query.ts';
import {
  deleteRecord as deleteRecordRows,
  type EntityRecord,
  findRecord as findRecordRow,
  pageRecords,
  type RecordValue,
} from '../../db/queries/records/records.ts';
import type { Database, SqlClient } from '../../db/sql-client.ts';
import { AppError, type Issue } from '../../errors.ts';
import { csvText } from '../../importers/csv-source.ts';
import { entityDefinitions } from '../../importers/entity-definitions.ts';
import type { EntityName } from '../../importers/entity-name.ts';
import { importCsv } from '../../importers/import-csv.ts';
import type { Caller } from '../accounts/caller.ts';

export type { EntityRecord, RecordValue };

export const listRecords = (
  db: Database,
  caller: Caller,
  entity: EntityName,
  query: RecordQuery,
): Promise<{ items: EntityRecord[]; total: number }> =>
  pageRecords(db, entityDefinitions[entity], caller.orgId, caller.partner?.id ?? null, query);

const findRecord = (
  db: SqlClient,
  caller: Caller,
  entity: EntityName,
  externalId: string,
): Promise<EntityRecord | undefined> =>
  findRecordRow(db, entityDefinitions[entity], caller.orgId, caller.partner?.id ?? null, externalId);

const notFound = (entity: EntityName, externalId: string) =>
  new AppError('NOT_FOUND', `No ${entity} record with external_id "${externalId}"`);

export const getRecord = async (db: Database, caller: Caller, entity: EntityName, externalId: string) => {
  const row = await findRecord(db, caller, entity, externalId);
  if (!row) throw notFound(entity, externalId);
  return row;
};

const csvCell = (v: RecordValue | undefined): string =>
  v === null || v === undefined ? '' : `"${String(v).replace(/"/g, '""')}"`;

/** One record as a two-line CSV of the entity, for the import pipeline. */
const asCsv = (values: EntityRecord): string => {
  const names = Object.keys(values);
  return `${names.map((n) => `"${n}"`).join(',')}\n${names.map((n) => csvCell(values[n])).join(',')}\n`;
};

/** The import pipeline's row problems, renamed from CSV cells to the record's fields. */
const asFieldErrors = (err: unknown, entity: EntityName): never => {
  if (err instanceof AppError && err.code === 'IMPORT_REJECTED') {
    const issues: Issue[] = err.issues.map((i) => ({ field: i.column, reason: i.reason }));
    const fields = [...new Set(issues.map((i) => i.field).filter(Boolean))].join(', ');
    throw new AppError('INVALID_INPUT', `Invalid ${entity} record${fields ? `: ${fields}` : ''}`, issues);
  }
  throw err;
};

/** Writes one record through the import pipeline; audits it in the same transaction; returns it. */
const write = async (
  db: Database,
  caller: Caller,
  entity: EntityName,
  values: EntityRecord,
  audit: { action: string; before?: EntityRecord },
): Promise<EntityRecord> => {
  const externalId = String(values.external_id);
  let after: EntityRecord | undefined;
  try {
    await importCsv(db, caller.orgId, entity, csvText('record', asCsv(values)), {
      actor: caller.label,
      inTransaction: async (tx) => {
        after = await findRecord(tx, caller, entity, externalId);
        await recordAudit(tx, caller.orgId, caller, { ...audit, entity, entityId: externalId, after });
      },
    });
  } catch (err) {
    asFieldErrors(err, entity);
  }
  return after!;
};

/** Partner users may only touch their own partner's records (the permission table decides whether at all). */
const checkOwnPartner = (caller: Caller, entity: EntityName, values: EntityRecord) => {
  if (!caller.partner) return;
  const own = entity === 'partners' ? values.external_id : values.partner_external_id;
  if (own !== caller.partner.externalId) throw notFound(entity, String(values.external_id));
};

export const createRecord = async (
  db: Database,
  caller: Caller,
  entity: EntityName,
  values: EntityRecord,
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

export const updateRecord = async (
  db: Database,
  caller: Caller,
  entity: EntityName,
  externalId: string,
  patch: EntityRecord,
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

/** Which entities hold references to `entity`, for the message of a refused delete. */
const dependentsOf = (entity: EntityName): string[] => {
  const table = entityDefinitions[entity].table;
  return Object.values(entityDefinitions)
    .filter((d) => d.columns.some((c) => c.references?.table === table))
    .map((d) => d.entity);
};

export const deleteRecord = async (db: Database, caller: Caller, entity: EntityName, externalId: string) => {
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
