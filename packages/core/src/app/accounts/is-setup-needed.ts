/** Whether this database still waits for its first run (no user yet): the web app then shows setup. */
import { countUsers } from '../../db/queries/accounts/users.ts';
import type { Database } from '../../db/sql-client.ts';

export const isSetupNeededUseCase = async (db: Database): Promise<boolean> => (await countUsers(db)) === 0;
