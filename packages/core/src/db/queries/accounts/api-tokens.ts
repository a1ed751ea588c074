import type { Role } from '../../schema/accounts.ts';
import type { apiTokens, partners, users } from '../../schema.ts';
import type { SqlClient } from '../../sql-client.ts';

type StoredToken = Pick<
  typeof apiTokens.$inferSelect,
  | 'id'
  | 'orgId'
  | 'name'
  | 'role'
  | 'partnerId'
  | 'prefix'
  | 'createdBy'
  | 'createdAt'
  | 'lastUsedAt'
  | 'revokedAt'
>;

export type ApiTokenRow = StoredToken & {
  /** The partner's external id (partner tokens), read within the org's scope. */
  partner: (typeof partners.$inferSelect)['externalId'] | null;
  /** The creator's name (or email), for the token list; null for tokens no user made. */
  createdByName: (typeof users.$inferSelect)['name'] | null;
};

const columns = `t.id, t.org_id as "orgId", t.name, t.role, p.external_id as partner, t.partner_id as "partnerId",
  t.prefix, t.created_by as "createdBy", coalesce(nullif(u.name, ''), u.email) as "createdByName",
  t.created_at as "createdAt", t.last_used_at as "lastUsedAt", t.revoked_at as "revokedAt"`;
const from = `api_tokens t left join partners p on p.org_id = t.org_id and p.id = t.partner_id
  left join users u on u.id = t.created_by`;

export const insertApiToken = async (
  db: SqlClient,
  t: {
    orgId: string;
    name: string;
    role: Role;
    partnerId: number | null;
    tokenHash: string;
    prefix: string;
    createdBy: string | null;
  },
): Promise<string> =>
  (
    await db.query<{ id: string }>(
      `insert into api_tokens (org_id, name, role, partner_id, token_hash, prefix, created_by)
       values ($1, $2, $3, $4, $5, $6, $7) returning id`,
      [t.orgId, t.name, t.role, t.partnerId, t.tokenHash, t.prefix, t.createdBy],
    )
  )[0]!.id;

export const listApiTokens = (db: SqlClient, orgId: string): Promise<ApiTokenRow[]> =>
  db.query<ApiTokenRow>(
    `select ${columns} from ${from} where t.org_id = $1 order by t.created_at desc, t.id`,
    [orgId],
  );

export const findApiToken = async (
  db: SqlClient,
  orgId: string,
  id: string,
): Promise<ApiTokenRow | undefined> =>
  (
    await db.query<ApiTokenRow>(`select ${columns} from ${from} where t.org_id = $1 and t.id = $2`, [
      orgId,
      id,
    ])
  )[0];

/**
 * A live (unrevoked) token by its hash, read before its org is known (so without the partner's
 * external id: partners are read within the org's scope); last-used is refreshed at most once a minute.
 */
export const useApiToken = async (db: SqlClient, tokenHash: string): Promise<StoredToken | undefined> => {
  const [row] = await db.query<StoredToken>(
    `select t.id, t.org_id as "orgId", t.name, t.role, t.partner_id as "partnerId", t.prefix, t.created_by as "createdBy",
            t.created_at as "createdAt", t.last_used_at as "lastUsedAt", t.revoked_at as "revokedAt"
     from api_tokens t where t.token_hash = $1 and t.revoked_at is null`,
    [tokenHash],
  );
  if (row && (!row.lastUsedAt || Date.now() - Date.parse(row.lastUsedAt) > 60_000))
    await db.query('update api_tokens set last_used_at = now() where id = $1', [row.id]);
  return row;
};

export const revokeApiToken = async (db: SqlClient, orgId: string, id: string): Promise<boolean> =>
  (
    await db.query(
      'update api_tokens set revoked_at = now() where org_id = $1 and id = $2 and revoked_at is null returning id',
      [orgId, id],
    )
  ).length > 0;

/**
 * Revokes the live tokens `userId` made in the org whose role is not in `keep` (a creator who left
 * keeps none; one with a lower role keeps those it may still grant); returns their ids.
 */
export const revokeTokensOfCreator = async (
  db: SqlClient,
  orgId: string,
  userId: string,
  keep: readonly Role[],
): Promise<string[]> =>
  (
    await db.query<{ id: string }>(
      `update api_tokens set revoked_at = now()
        where org_id = $1 and created_by = $2 and revoked_at is null and not (role = any($3::text[]))
        returning id`,
      [orgId, userId, [...keep]],
    )
  ).map((r) => r.id);
