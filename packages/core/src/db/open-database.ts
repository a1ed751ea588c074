import { mkdirSync } from 'node:fs';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.ts';
import { createPglite, pgliteDatabase } from './open-pglite.ts';
import { openPostgres } from './open-postgres.ts';
import { createOrgIfAbsent } from './queries/orgs.ts';
import type { Database } from './sql-client.ts';

export interface OpenOptions {
  /** Who opens it (named to anyone else who tries while it is held): "trellis serve". */
  command?: string;
  /** Called with the data-directory lock (PGlite only), e.g. to record the server's URL in it. */
  onLock?: (lock: DataDirLock) => void;
  /** PostgreSQL pool size. */
  poolSize?: number;
}

/**
 * PostgreSQL when DATABASE_URL is set, otherwise embedded PGlite in TRELLIS_DATA_DIR, held
 * exclusively until closed (one writer per embedded database).
 */
export const openDatabase = async (
  config: Pick<Config, 'DATABASE_URL' | 'TRELLIS_DATA_DIR'>,
  opts: OpenOptions = {},
): Promise<Database> => {
  let lock: DataDirLock | undefined;
  try {
    if (config.DATABASE_URL) return await openPostgres(config.DATABASE_URL, opts.poolSize);
    mkdirSync(config.TRELLIS_DATA_DIR, { recursive: true });
    lock = acquireDataDirLock(config.TRELLIS_DATA_DIR, opts.command ?? 'trellis');
    opts.onLock?.(lock);
    const held = lock;
    return pgliteDatabase(await createPglite(config.TRELLIS_DATA_DIR), async () => held.release());
  } catch (err) {
    lock?.release();
    if (err instanceof AppError) throw err;
    const where = config.DATABASE_URL
      ? 'the PostgreSQL server in DATABASE_URL'
      : `PGlite in ${config.TRELLIS_DATA_DIR}`;
    throw new AppError('DATABASE', `Could not open ${where}: ${(err as Error).message}`);
  }
};

/** Makes sure the org row exists (every table references it). */
export const ensureOrg = async (db: Database, orgId: string, name = orgId): Promise<void> => {
  await createOrgIfAbsent(db, { id: orgId, name });
};
