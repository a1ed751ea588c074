export { ensureOrg, openDatabase } from './open-database.ts';
export type { Database, SqlClient } from './sql-client.ts';
