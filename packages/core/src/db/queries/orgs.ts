/** The orgs table: every other table references an org row (ARCHITECTURE.md, "Tenancy"). */
import type { orgs } from '../schema.ts';
import type { SqlClient } from '../sql-client.ts';

type Org = Pick<typeof orgs.$inferSelect, 'id' | 'name'>;

/** Adds the org unless it exists (its name then stays); true when it was added. */
export const createOrgIfAbsent = async (db: SqlClient, org: Org): Promise<boolean> =>
  (
    await db.query('insert into orgs (id, name) values ($1, $2) on conflict (id) do nothing returning id', [
      org.id,
      org.name,
    ])
  ).length > 0;

/** Adds the org, or renames it when it exists (first-run setup names the org it creates). */
export const saveOrg = async (db: SqlClient, org: Org): Promise<void> => {
  await db.query(
    'insert into orgs (id, name) values ($1, $2) on conflict (id) do update set name = excluded.name',
    [org.id, org.name],
  );
};

/**
 * Names the org for the row-level security policies until the transaction ends: for a transaction
 * begun before the org existed (first-run setup), not one opened with `db.forOrg`.
 */
export const scopeTransactionToOrg = async (tx: SqlClient, orgId: string): Promise<void> => {
  await tx.query(`select set_config('trellis.org_id', $1, true)`, [orgId]);
};
