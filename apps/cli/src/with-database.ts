import { type Database, ensureOrg, loadConfig, openDatabase } from '@trellis/core';

/** "trellis import", "trellis score partners": how another process is told who holds the database. */
const commandName = (): string =>
  ['trellis', ...process.argv.slice(2, 4).filter((a) => !a.startsWith('-'))].join(' ');

/**
 * Opens the configured database, runs `fn` on the configured org's view of it (row-level security
 * scoped), always closes.
 */
export const withDatabase = async <T>(fn: (db: Database, orgId: string) => Promise<T>): Promise<T> => {
  const config = loadConfig();
  const db = await openDatabase(config, { command: commandName() });
  try {
    await ensureOrg(db, config.TRELLIS_ORG);
    return await fn(db.forOrg(config.TRELLIS_ORG), config.TRELLIS_ORG);
  } finally {
    await db.close();
  }
};
