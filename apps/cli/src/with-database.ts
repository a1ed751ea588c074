import { type Database, ensureOrg, loadConfig, openDatabase } from '@trellis/core';

/** Opens the configured database for the configured org, runs `fn`, always closes. */
export const withDatabase = async <T>(fn: (db: Database, orgId: string) => Promise<T>): Promise<T> => {
  const config = loadConfig();
  const db = await openDatabase(config);
  try {
    await ensureOrg(db, config.TRELLIS_ORG);
    return await fn(db, config.TRELLIS_ORG);
  } finally {
    await db.close();
  }
};
