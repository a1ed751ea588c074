import { mkdirSync } from 'node:fs';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';
import { openPglite } from './open-pglite.ts';
import { openPostgres } from './open-postgres.ts';
import type { Database } from './sql-client.ts';

/** PostgreSQL when DATABASE_URL is set, otherwise embedded PGlite in TRELLIS_DATA_DIR. */
export const openDatabase = async (
  config: Pick<Config, 'DATABASE_URL' | 'TRELLIS_DATA_DIR'>,
): Promise<Database> => {
  try {
    if (config.DATABASE_URL) return await openPostgres(config.DATABASE_URL);
    mkdirSync(config.TRELLIS_DATA_DIR, { recursive: true });
    return await openPglite(config.TRELLIS_DATA_DIR);
  } catch (err) {
    if (err instanceof AppError) throw err;
    const where = config.DATABASE_URL
      ? 'the PostgreSQL server in DATABASE_URL'
      : `PGlite in ${config.TRELLIS_DATA_DIR}`;
    throw new AppError('DATABASE', `Could not open ${where}: ${(err as Error).message}`);
  }
};

/** Makes sure the org row exists (every table references it). */
export const ensureOrg = async (db: Database, orgId: string): Promise<void> => {
  await db.query('insert into orgs (id, name) values ($1, $1) on conflict (id) do nothing', [orgId]);
};
