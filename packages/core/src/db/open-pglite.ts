import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { MIGRATIONS_FOLDER } from './migrations-folder.ts';
import { type Database, type SqlClient, TYPE_OIDS } from './sql-client.ts';

const identity = (v: string) => v;

/** A migrated PGlite instance. `dataDir` undefined = in memory (small tests only). */
export const createPglite = async (dataDir?: string): Promise<PGlite> => {
  const pg = await PGlite.create(dataDir, {
    parsers: {
      [TYPE_OIDS.int8]: (v: string) => Number(v),
      [TYPE_OIDS.date]: identity,
      [TYPE_OIDS.timestamp]: identity,
      [TYPE_OIDS.timestamptz]: identity,
    },
  });
  await migrate(drizzle(pg), { migrationsFolder: MIGRATIONS_FOLDER });
  return pg;
};

const client = (q: Pick<PGlite, 'query'>): SqlClient => ({
  async query<T>(text: string, params?: unknown[]) {
    return (await q.query<T>(text, params)).rows;
  },
});

/** The Database interface over a PGlite instance (which it then owns and closes). */
export const pgliteDatabase = (pg: PGlite): Database => ({
  engine: 'pglite',
  ...client(pg),
  transaction: (fn) => pg.transaction((tx) => fn(client(tx))),
  close: () => pg.close(),
});

/** Embedded PostgreSQL (WASM). `dataDir` undefined = in memory (small tests only). */
export const openPglite = async (dataDir?: string): Promise<Database> =>
  pgliteDatabase(await createPglite(dataDir));
