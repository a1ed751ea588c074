/**
 * Every database test runs on the engine the environment selects: PostgreSQL when
 * TEST_DATABASE_URL is set (a fresh database per call, dropped afterwards), else in-memory PGlite.
 * `.ci/run` runs the whole suite once per engine.
 */
import pg from 'pg';
import { ensureOrg } from '../../src/db/open-database.ts';
import { createPglite, pgliteDatabase } from '../../src/db/open-pglite.ts';
import { openPostgres } from '../../src/db/open-postgres.ts';
import type { Database } from '../../src/db/sql-client.ts';
import { pgliteTemplate } from './pglite-template.ts';

export const TEST_ORG = 'test-org';
export const testEngine = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

let counter = 0;

export interface TestDatabase {
  db: Database;
  /** Closes the connection and, on PostgreSQL, drops the database. */
  dispose(): Promise<void>;
}

export const openTestDatabase = async (): Promise<TestDatabase> => {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const db = pgliteDatabase(await createPglite(undefined, await pgliteTemplate()));
    await ensureOrg(db, TEST_ORG);
    return { db, dispose: () => db.close() };
  }
  const name = `trellis_t_${process.pid}_${Date.now()}_${counter++}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  const db = await openPostgres(dbUrl.toString());
  await ensureOrg(db, TEST_ORG);
  return {
    db,
    async dispose() {
      await db.close();
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
};
