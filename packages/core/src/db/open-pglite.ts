import { PGlite, type Transaction } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { MIGRATIONS_FOLDER } from './migrations-folder.ts';
import {
  type Database,
  orgScopeStatements,
  type SqlClient,
  TYPE_OIDS,
  timestampToIso,
} from './sql-client.ts';

const identity = (v: string) => v;

/**
 * A migrated PGlite instance. `dataDir` undefined = in memory (small tests only); `from`, a data
 * directory dumped by `dumpDataDir` to start from (the migrations then find little or nothing to do).
 */
export const createPglite = async (dataDir?: string, from?: Blob | File): Promise<PGlite> => {
  const pg = await PGlite.create(dataDir, {
    ...(from && { loadDataDir: from }),
    parsers: {
      [TYPE_OIDS.int8]: (v: string) => Number(v),
      [TYPE_OIDS.date]: identity,
      [TYPE_OIDS.timestamp]: identity,
      [TYPE_OIDS.timestamptz]: timestampToIso,
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

/** PGlite runs as its superuser, so org work always switches to the unprivileged role. */
const orgView = (pg: PGlite, orgId: string, onClose: () => Promise<void>): Database => {
  const scope = orgScopeStatements(orgId, true);
  const inScope = <T>(fn: (tx: Transaction) => Promise<T>) =>
    pg.transaction(async (tx) => {
      await tx.exec(scope);
      return fn(tx);
    });
  return {
    engine: 'pglite',
    query: <T>(text: string, params?: unknown[]) =>
      inScope(async (tx) => (await tx.query<T>(text, params)).rows),
    transaction: (fn) => inScope((tx) => fn(client(tx))),
    forOrg: (other) => orgView(pg, other, onClose),
    close: onClose,
  };
};

/** The Database interface over a PGlite instance (which it then owns and closes). */
export const pgliteDatabase = (pg: PGlite, onClose: () => Promise<void> = async () => {}): Database => ({
  engine: 'pglite',
  ...client(pg),
  transaction: (fn) => pg.transaction((tx) => fn(client(tx))),
  forOrg: (orgId) => orgView(pg, orgId, async () => {}),
  close: async () => {
    await pg.close();
    await onClose();
  },
});

/** Embedded PostgreSQL (WASM). `dataDir` undefined = in memory (small tests only). */
export const openPglite = async (dataDir?: string): Promise<Database> =>
  pgliteDatabase(await createPglite(dataDir));
