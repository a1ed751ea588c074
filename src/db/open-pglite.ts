import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { MIGRATIONS_FOLDER } from './migrations-folder.ts';
import { type Database, type SqlClient, TYPE_OIDS } from './sql-client.ts';

const identity = (v: string) => v;

/** Embedded PostgreSQL (WASM). `dataDir` undefined = in memory (small tests only). */
export const openPglite = async (dataDir?: string): Promise<Database> => {
  const pg = await PGlite.create(dataDir, {
    parsers: {
      [TYPE_OIDS.int8]: (v: string) => Number(v),
      [TYPE_OIDS.date]: identity,
      [TYPE_OIDS.timestamp]: identity,
      [TYPE_OIDS.timestamptz]: identity,
    },
  });
  await migrate(drizzle(pg), { migrationsFolder: MIGRATIONS_FOLDER });
  const client = (q: Pick<PGlite, 'query'>): SqlClient => ({
    async query<T>(text: string, params?: unknown[]) {
      return (await q.query<T>(text, params)).rows;
    },
  });
  return {
    engine: 'pglite',
    ...client(pg),
    transaction: (fn) => pg.transaction((tx) => fn(client(tx))),
    close: () => pg.close(),
  };
};
