import type { SqlClient } from '../../sql-client.ts';

/** Failures per key within the window, and the seconds until the oldest of them leaves it. */
export const countFailures = async (
  db: SqlClient,
  keys: string[],
  windowSeconds: number,
): Promise<{ key: string; n: number; retryAfter: number }[]> =>
  db.query(
    `select key, count(*)::int as n,
            greatest(1, ceil(extract(epoch from (min(at) + make_interval(secs => $2) - now()))))::int as "retryAfter"
     from sign_in_failures where key = any($1::text[]) and at > now() - make_interval(secs => $2)
     group by key`,
    [keys, windowSeconds],
  );

export const recordFailure = async (db: SqlClient, keys: string[]): Promise<void> => {
  await db.query('insert into sign_in_failures (key) select unnest($1::text[])', [keys]);
};

export const clearFailures = async (db: SqlClient, key: string): Promise<void> => {
  await db.query('delete from sign_in_failures where key = $1', [key]);
};

/** Old rows are useless once outside every window. */
export const pruneFailures = async (db: SqlClient, olderThanSeconds: number): Promise<void> => {
  await db.query('delete from sign_in_failures where at < now() - make_interval(secs => $1)', [
    olderThanSeconds,
  ]);
};
