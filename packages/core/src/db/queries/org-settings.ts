/** The org's settings (`orgs.settings`, jsonb): read as stored, changed key by key. */
import type { SqlClient } from '../sql-client.ts';

/** The stored settings of `orgId` (keys never set are absent), or undefined when there is no such org. */
export const findOrgSettings = async (db: SqlClient, orgId: string): Promise<unknown> =>
  (await db.query<{ settings: unknown }>('select settings from orgs where id = $1', [orgId]))[0]?.settings;

/** Locks the org's row for a change of its settings and returns them as stored. */
export const lockOrgSettings = async (db: SqlClient, orgId: string): Promise<unknown> =>
  (await db.query<{ settings: unknown }>('select settings from orgs where id = $1 for update', [orgId]))[0]
    ?.settings;

/** Merges `patch` into the stored settings (other keys keep their values). */
export const mergeOrgSettings = async (
  db: SqlClient,
  orgId: string,
  patch: Record<string, unknown>,
): Promise<void> => {
  await db.query('update orgs set settings = settings || $2::jsonb where id = $1', [
    orgId,
    JSON.stringify(patch),
  ]);
};
