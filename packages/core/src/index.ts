/**
 * @trellis/core: what the doors (CLI, server) may use. Use-cases, errors and configuration; the
 * database's open/close; the framework catalog and parsers; the report renderers; and the file
 * adapters that turn paths into the values use-cases take. Queries (db/queries) stay inside.
 */
export * from './actor.ts';
export * from './app/index.ts';
export * from './briefs/index.ts';
export * from './config.ts';
export type { DataDirLock } from './db/data-dir-lock.ts';
export { ensureOrg, openDatabase } from './db/open-database.ts';
export { openPglite } from './db/open-pglite.ts';
export { openPostgres } from './db/open-postgres.ts';
export type { Database, SqlClient } from './db/sql-client.ts';
export * from './domain/calibration/index.ts';
export { AS_OF_YEARS, addDays, isAsOfDate, isIsoDate } from './domain/dates.ts';
export type { RemediationItem } from './domain/remediation-plan.ts';
export * from './errors.ts';
export * from './files/index.ts';
export * from './frameworks/index.ts';
export * from './importers/index.ts';
export * from './read-text-file.ts';
export * from './reports/index.ts';
export { Slots } from './slots.ts';
