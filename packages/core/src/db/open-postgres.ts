import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { MIGRATIONS_FOLDER } from './migrations-folder.ts';
import { type Database, type SqlClient, TYPE_OIDS } from './sql-client.ts';

const keepAsText = new Set<number>([TYPE_OIDS.date, TYPE_OIDS.timestamp, TYPE_OIDS.timestamptz]);

/** Per-pool type parsing, so the same rows come back from both engines. */
const types = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') => {
    if (keepAsText.has(oid)) return (v: string) => v;
    if (oid === TYPE_OIDS.int8) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format);
  },
};

/** A pool on a migrated PostgreSQL ≥ 15 database. */
export const createPool = async (url: string): Promise<pg.Pool> => {
  const pool = new pg.Pool({ connectionString: url, types, max: 4 });
  await migrate(drizzle(pool), { migrationsFolder: MIGRATIONS_FOLDER });
  return pool;
};

const client = (q: pg.Pool | pg.PoolClient): SqlClient => ({
  async query<T>(text: string, params?: unknown[]) {
    return (await q.query(text, params)).rows as T[];
  },
});

/** The Database interface over a pool (which it then owns and ends). */
export const poolDatabase = (pool: pg.Pool): Database => ({
  engine: 'postgres',
  ...client(pool),
  async transaction(fn) {
    const conn = await pool.connect();
    try {
      await conn.query('BEGIN');
      const result = await fn(client(conn));
      await conn.query('COMMIT');
      return result;
    } catch (err) {
      await conn.query('ROLLBACK');
      throw err;
    } finally {
      conn.release();
    }
  },
  close: () => pool.end(),
});

/** PostgreSQL ≥ 15 server through node-postgres. */
export const openPostgres = async (url: string): Promise<Database> => poolDatabase(await createPool(url));
