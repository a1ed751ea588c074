import { loadConfig } from '@trellis/core';
import type { Command } from 'commander';
import { action } from '../action.ts';
import { print } from '../terminal.ts';
import { withDatabase } from '../with-database.ts';

export const registerInit = (program: Command): void => {
  program
    .command('init')
    .description('create (or migrate) the database and the org')
    .action(
      action(async () => {
        const config = loadConfig();
        const engine = await withDatabase(async (db) => db.engine);
        const where = config.DATABASE_URL ? 'DATABASE_URL' : config.TRELLIS_DATA_DIR;
        print(`database ready: ${engine} (${where}), org '${config.TRELLIS_ORG}'\n`);
      }),
    );
};
