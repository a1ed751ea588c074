import { createHash } from 'node:crypto';
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
  // An idle connection the server ends (a restart, a dropped database) is not an error of any query:
  // the pool drops it and connects anew when needed; without a listener it would crash the process.
  pool.on('error', () => {});
  await migrate(drizzle(pool), { migrationsFolder: MIGRATIONS_FOLDER });
  return pool;
};

const client = (q: pg.Pool | pg.PoolClient): SqlClient => ({
  async query<T>(text: string, params?: unknown[]) {
    return (await q.query(text, params)).rows as T[];
  },
});

/**
 * A named (prepared) statement for a single statement outside a transaction: PostgreSQL then plans
 * it once per connection instead of on every request (planning cost more than running the API's
 * short reads). Not used inside transactions, whose statements include DDL on temporary tables.
 */
const prepared = (text: string, values?: unknown[]): pg.QueryConfig => ({
  name: `t${createHash('sha1').update(text).digest('base64url').slice(0, 16)}`,
  text,
  values,
});

/** One transaction on a pooled connection; `begin` is sent with BEGIN in one round trip. */
const inTransaction = async <T>(conn: pg.PoolClient, begin: string, fn: (tx: SqlClient) => Promise<T>) => {
  await conn.query(`BEGIN;${begin}`);
  try {
    const result = await fn(client(conn));
    await conn.query('COMMIT');
    return result;
  } catch (err) {
    await conn.query('ROLLBACK').catch(() => {});
    throw err;
  }
};

/** Whether the connecting role bypasses row-level security (then org work switches role). */
const bypassesPolicies = async (pool: pg.Pool): Promise<boolean> => {
  const { rows } = await pool.query(
    'select rolsuper or rolbypassrls as bypass from pg_roles where rolname = current_user',
  );
  return rows[0]?.bypass === true;
};

/** The org a tenant connection is set to (a session setting: it stays until changed). */
const orgOf = new WeakMap<pg.PoolClient, string>();

/**
 * Org work runs on a pool of its own whose connections are, for their whole life, the
 * unprivileged role (where the login role could bypass the policies) and are set to one org at a
 * time: a checkout for the org the connection is already set to costs no extra round trip. Work
 * that is not org-scoped (sign-in, token lookup, the jobs queue) uses the other pool, which never
 * holds an org setting.
 */
const tenantPool = (url: string, max: number, switchRole: boolean): pg.Pool => {
  const pool = new pg.Pool({ connectionString: url, types, max });
  // An idle connection the server ends (a restart, a dropped database) is not an error of any query:
  // the pool drops it and connects anew when needed; without a listener it would crash the process.
  pool.on('error', () => {});
  if (switchRole) pool.on('connect', (conn) => conn.query('set role trellis_app'));
  return pool;
};

const checkout = async (pool: pg.Pool, orgId: string): Promise<pg.PoolClient> => {
  const conn = await pool.connect();
  if (orgOf.get(conn) !== orgId) {
    try {
      await conn.query(orgScopeStatements(orgId, false, false));
      orgOf.set(conn, orgId);
    } catch (err) {
      conn.release(err as Error);
      throw err;
    }
  }
  return conn;
};

/** The Database interface over a pool (which it then owns and ends). */
export const poolDatabase = async (pool: pg.Pool, url?: string): Promise<Database> => {
  const switchRole = await bypassesPolicies(pool);
  const connection = (pool as unknown as { options: { connectionString?: string; max?: number } }).options;
  const tenants = tenantPool(url ?? connection.connectionString!, connection.max ?? 4, switchRole);
  const orgView = (orgId: string): Database => {
    orgScopeStatements(orgId, false); // validates the id now
    return {
      engine: 'postgres',
      async query<T>(text: string, params?: unknown[]) {
        const conn = await checkout(tenants, orgId);
        try {
          return (await conn.query(prepared(text, params))).rows as T[];
        } finally {
          conn.release();
        }
      },
      async transaction(fn) {
        const conn = await checkout(tenants, orgId);
        try {
          return await inTransaction(conn, '', fn);
        } finally {
          conn.release();
        }
      },
      forOrg: orgView,
      close: async () => {},
    };
  };
  return {
    engine: 'postgres',
    async query<T>(text: string, params?: unknown[]) {
      return (await pool.query(prepared(text, params))).rows as T[];
    },
    async transaction(fn) {
      const conn = await pool.connect();
      try {
        return await inTransaction(conn, '', fn);
      } finally {
        conn.release();
      }
    },
    forOrg: orgView,
    close: async () => {
      await Promise.all([pool.end(), tenants.end()]);
    },
  };
};

/** PostgreSQL ≥ 15 server through node-postgres; `max` connections in each of its two pools. */
export const openPostgres = async (url: string, max = 4): Promise<Database> =>
  poolDatabase(await createPool(url, max), url);
