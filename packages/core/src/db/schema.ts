/**
 * The one schema for both engines (PGlite and PostgreSQL). Rules (ARCHITECTURE.md, "Databases";
 * docs/import-format.md; docs/metrics.md#money): `org_id` is first in every primary key, foreign key
 * and index; external ids are unique per org and are what importers upsert on; money is `numeric`,
 * never float.
 */
export * from './schema/accounts.ts';
export * from './schema/assessments.ts';
export * from './schema/governance.ts';
export * from './schema/orgs.ts';
export * from './schema/readiness.ts';
export * from './schema/records.ts';
export * from './schema/work.ts';
