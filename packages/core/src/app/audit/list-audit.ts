/** Use-case: the org's audit log, newest first, filtered (owners and admins read it). */
import { type AuditFilter, type AuditRow, listAudit } from '../../db/queries/audit-log.ts';
import type { Database } from '../../db/sql-client.ts';
import type { Caller } from '../accounts/caller.ts';

export type AuditEntryView = AuditRow;

export const listAuditUseCase = (db: Database, caller: Caller, filter: AuditFilter) =>
  listAudit(db, caller.orgId, filter);
