/**
 * The names a mapping's `lookup: name` reads, once per import: a referenced table's rows by
 * lower-cased, trimmed name, within the org (the import's own transaction).
 */
import type { SqlClient } from '../db/sql-client.ts';

export const namesIn = (
  tx: SqlClient,
  orgId: string,
  table: string,
): Promise<{ name: string; id: string }[]> =>
  tx.query<{ name: string; id: string }>(
    `select lower(trim(name)) as name, external_id as id from ${table} where org_id = $1`,
    [orgId],
  );
