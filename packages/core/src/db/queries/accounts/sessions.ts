import type { sessions } from '../../schema.ts';
import type { SqlClient } from '../../sql-client.ts';

export type SessionRow = Pick<
  typeof sessions.$inferSelect,
  'userId' | 'csrfToken' | 'expiresAt' | 'lastSeenAt'
>;

export const insertSession = async (
  db: SqlClient,
  s: {
    tokenHash: string;
    userId: string;
    csrfToken: string;
    ttlSeconds: number;
    address?: string;
    userAgent?: string;
  },
): Promise<void> => {
  await db.query(
    `insert into sessions (token_hash, user_id, csrf_token, expires_at, address, user_agent)
     values ($1, $2, $3, now() + make_interval(secs => $4), $5, $6)`,
    [s.tokenHash, s.userId, s.csrfToken, s.ttlSeconds, s.address ?? null, s.userAgent ?? null],
  );
};

/** A live session by its token hash; its last-seen time is refreshed at most once a minute. */
export const touchSession = async (db: SqlClient, tokenHash: string): Promise<SessionRow | undefined> => {
  const [row] = await db.query<SessionRow>(
    `select user_id as "userId", csrf_token as "csrfToken", expires_at as "expiresAt", last_seen_at as "lastSeenAt"
     from sessions where token_hash = $1 and expires_at > now()`,
    [tokenHash],
  );
  if (row && Date.now() - Date.parse(row.lastSeenAt) > 60_000)
    await db.query('update sessions set last_seen_at = now() where token_hash = $1', [tokenHash]);
  return row;
};

export const deleteSession = async (db: SqlClient, tokenHash: string): Promise<void> => {
  await db.query('delete from sessions where token_hash = $1', [tokenHash]);
};

/** Signs a user out everywhere; `except` keeps one session (the caller's, after a password change). */
export const deleteUserSessions = async (db: SqlClient, userId: string, except?: string): Promise<number> => {
  const rows = await db.query<{ n: number }>(
    `with d as (delete from sessions where user_id = $1 and ($2::text is null or token_hash <> $2) returning 1)
     select count(*)::int as n from d`,
    [userId, except ?? null],
  );
  return rows[0]!.n;
};
