/**
 * The import log: one row per import that changed something, whoever ran it, in the import's
 * transaction — so a report made before it can say "7 opportunities imported or changed since".
 */
import type { SqlClient } from '../db/sql-client.ts';

export const logImport = async (
  tx: SqlClient,
  orgId: string,
  r: { entity: string; file: string; inserted: number; updated: number },
  actor: string,
): Promise<void> => {
  await tx.query(
    `insert into import_log (org_id, entity, source, inserted, updated, actor) values ($1, $2, $3, $4, $5, $6)`,
    [orgId, r.entity, r.file.slice(0, 500), r.inserted, r.updated, actor.slice(0, 200)],
  );
};

/** Rows imported or changed per kind after `since` (a timestamp): what a report made then misses. */
export const importedSince = (
  db: SqlClient,
  orgId: string,
  since: string,
): Promise<{ entity: string; rows: number }[]> =>
  db.query(
    `select entity, sum(inserted + updated)::int as rows from import_log
     where org_id = $1 and imported_at > $2::timestamptz group by entity order by entity`,
    [orgId, since],
  );
