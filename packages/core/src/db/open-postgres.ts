import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { MIGRATIONS_FOLDER } from './migrations-folder.ts';
import {
  type Database,
  orgScopeStatements,
  type SqlClient,
  TYPE_OIDS,
  timestampToIso,
} from './sql-client.ts';

const keepAsText = new Set<number>([TYPE_OIDS.date, TYPE_OIDS.timestamp]);

/** Per-pool type parsing, so the same rows come back from both engines. */
const types = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') => {
    if (keepAsText.has(oid)) return (v: string) => v;
    if (oid === TYPE_OIDS.int8) return (v: string) => Number(v);
    if (oid === TYPE_OIDS.timestamptz) return timestampToIso;
    return pg.types.getTypeParser(oid, format);
  },
};

/** A pool on a migrated PostgreSQL ≥ 15 database. */
export const createPool = async (url: string, max = 4): Promise<pg.Pool> => {
  const pool = new pg.Pool({ connectionString: url, types, max });
  await migrate(drizzle(pool), { migrationsFolder: MIGRATIONS_FOLDER });
  return pool;
};

const client = (q: pg.Pool | pg.PoolClient): SqlClient => ({
  async query<T>(text: string, params?: unknown[]) {
    return (await q.query(text, params)).rows as T[];
  },
});

/** One transaction on a pooled connection; `begin` is sent with BEGIN in one round trip. */
const inTransaction = async <T>(pool: pg.Pool, begin: string, fn: (tx: SqlClient) => Promise<T>) => {
  const conn = await pool.connect();
  try {
    await conn.query(`BEGIN;${begin}`);
    const result = await fn(client(conn));
    await conn.query('COMMIT');
    return result;
  } catch (err) {
    await conn.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    conn.release();
  }
};

/** Whether the connecting role bypasses row-level security (then org work switches role). */
const bypassesPolicies = async (pool: pg.Pool): Promise<boolean> => {
  const { rows } = await pool.query(
    'select rolsuper or rolbypassrls as bypass from pg_roles where rolname = current_user',
  );
  return rows[0]?.bypass === true;
};

/** The Database interface over a pool (which it then owns and ends). */
export const poolDatabase = async (pool: pg.Pool): Promise<Database> => {
  const switchRole = await bypassesPolicies(pool);
  const orgView = (orgId: string): Database => {
    const scope = orgScopeStatements(orgId, switchRole);
    return {
      engine: 'postgres',
      query: (text, params) => inTransaction(pool, scope, (tx) => tx.query(text, params)),
      transaction: (fn) => inTransaction(pool, scope, fn),
      forOrg: orgView,
      close: async () => {},
    };
  };
  return {
    engine: 'postgres',
    ...client(pool),
    transaction: (fn) => inTransaction(pool, '', fn),
    forOrg: orgView,
    close: () => pool.end(),
  };
};

/** PostgreSQL ≥ 15 server through node-postgres; `max` connections in the pool. */
export const openPostgres = async (url: string, max = 4): Promise<Database> =>
  poolDatabase(await createPool(url, max));
