/**
 * What the record use-cases share: a record is read within the caller's reach (a partner user's
 * own partner only), and written through the import pipeline itself (one row, one transaction),
 * so the API and the CSV import accept and reject exactly the same values; audited in the same
 * transaction.
 */
import { recordAudit } from '../../db/queries/audit-log.ts';
import { findRecord as findRecordRow } from '../../db/queries/records/records.ts';
import type { Database, SqlClient } from '../../db/sql-client.ts';
import { AppError, type Issue } from '../../errors.ts';
import { csvText } from '../../importers/csv-source.ts';
import { entityDefinitions } from '../../importers/entity-definitions.ts';
import type { EntityName } from '../../importers/entity-name.ts';
import { importCsv } from '../../importers/import-csv.ts';
import type { EntityRecord, RecordValue } from '../../importers/record-shape.ts';
import type { Caller } from '../accounts/caller.ts';

/** A record as sent: a field left out (or undefined) is empty, as an empty CSV cell is. */
export type RecordInput = Partial<EntityRecord>;

export const findRecord = (
  db: SqlClient,
  caller: Caller,
  entity: EntityName,
  externalId: string,
): Promise<EntityRecord | undefined> =>
  findRecordRow(db, entityDefinitions[entity], caller.orgId, caller.partner?.id ?? null, externalId);

export const notFound = (entity: EntityName, externalId: string) =>
  new AppError('NOT_FOUND', `No ${entity} record with external_id "${externalId}"`);

const csvCell = (v: RecordValue | undefined): string =>
  v === null || v === undefined ? '' : `"${String(v).replace(/"/g, '""')}"`;

/** One record as a two-line CSV of the entity, for the import pipeline. */
const asCsv = (values: RecordInput): string => {
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
export const write = async (
  db: Database,
  caller: Caller,
  entity: EntityName,
  values: RecordInput,
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
export const checkOwnPartner = (caller: Caller, entity: EntityName, values: RecordInput) => {
  if (!caller.partner) return;
  const own = entity === 'partners' ? values.external_id : values.partner_external_id;
  if (own !== caller.partner.externalId) throw notFound(entity, String(values.external_id));
};
