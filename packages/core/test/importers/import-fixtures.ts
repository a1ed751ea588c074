/** Shared helpers of the importer integration tests. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../../src/db/sql-client.ts';
import { AppError } from '../../src/errors.ts';
import { importFile } from '../../src/files/csv-file.ts';
import { type EntityName, entityNames, type ImportResult } from '../../src/importers/index.ts';
import { TEST_ORG } from '../support/test-database.ts';

export const fixture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));

const scratch = mkdtempSync(join(tmpdir(), 'trellis-import-'));

/** Writes a CSV file to a temporary folder and returns its path. */
export const writeCsv = (name: string, text: string): string => {
  const file = join(scratch, name);
  writeFileSync(file, text);
  return file;
};

/** A copy of a fixture with `edit` applied to its text. */
export const editedFixture = (name: string, edit: (text: string) => string): string =>
  writeCsv(`edited-${basename(name)}`, edit(readFileSync(fixture(name), 'utf8')));

/** The partner-readiness entities, whose fixtures live in `readiness/`. */
export const readinessEntities: readonly EntityName[] = ['evaluations', 'evidence', 'projects', 'references'];

/** The canonical fixture of an entity. */
export const entityFixture = (entity: EntityName): string =>
  fixture(readinessEntities.includes(entity) ? `readiness/${entity}.csv` : `${entity}.csv`);

/** Imports the canonical fixture of each entity (or of `entities`), in dependency order. */
export const importAll = async (
  db: Database,
  org = TEST_ORG,
  entities: readonly EntityName[] = entityNames,
): Promise<ImportResult[]> => {
  const results: ImportResult[] = [];
  for (const entity of entities) results.push(await importFile(db, org, entity, entityFixture(entity)));
  return results;
};

/** The AppError a promise rejects with (fails the test if it resolves or throws something else). */
export const rejectionOf = async (p: Promise<unknown>): Promise<AppError> => {
  const err = await p.then(
    () => new Error('expected a rejection'),
    (e: unknown) => e,
  );
  if (err instanceof AppError) return err;
  throw err;
};

/** Every row's external_id and physical version (xmin changes whenever a row is written). */
export const rowVersions = async (db: Database, table: string): Promise<Record<string, string>> => {
  const rows = await db.query<{ external_id: string; v: string }>(
    `select external_id, xmin::text as v from ${table} order by external_id`,
  );
  return Object.fromEntries(rows.map((r) => [r.external_id, r.v]));
};

export const countRows = async (db: Database, table: string): Promise<number> => {
  const [row] = await db.query<{ n: number }>(`select count(*)::int as n from ${table}`);
  return row!.n;
};

export const tableOf: Record<EntityName, string> = {
  partners: 'partners',
  people: 'partner_people',
  opportunities: 'opportunities',
  activities: 'activities',
  surveys: 'surveys',
  meetings: 'meetings',
  evaluations: 'evaluations',
  evidence: 'evaluation_evidence',
  projects: 'delivery_projects',
  references: 'customer_references',
};

/** Issues without the offending values (asserted on their own where they matter). */
export const withoutValues = (issues: readonly AppError['issues'][number][]) =>
  issues.map(({ value: _, ...i }) => i);
