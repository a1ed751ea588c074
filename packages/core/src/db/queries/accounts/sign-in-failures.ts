import type { SqlClient } from '../../sql-client.ts';

export const recordFailure = async (db: SqlClient, keys: string[]): Promise<void> => {
  await db.query('insert into sign_in_failures (key) select unnest($1::text[])', [keys]);
};

/** Old rows are useless once outside every window. */
export const pruneFailures = async (db: SqlClient, olderThanSeconds: number): Promise<void> => {
  await db.query('delete from sign_in_failures where at < now() - make_interval(secs => $1)', [
    olderThanSeconds,
  ]);
};

/** Failures per key within the window, and the seconds since the latest of them (for back-off). */
export const failureStats = async (
  db: SqlClient,
  keys: string[],
  windowSeconds: number,
): Promise<{ key: string; n: number; sinceLast: number }[]> =>
  db.query(
    `select key, count(*)::int as n, extract(epoch from (now() - max(at)))::float8 as "sinceLast"
     from sign_in_failures where key = any($1::text[]) and at > now() - make_interval(secs => $2)
     group by key`,
    [keys, windowSeconds],
  );

export const clearFailureKeys = async (db: SqlClient, keys: string[]): Promise<void> => {
  await db.query('delete from sign_in_failures where key = any($1::text[])', [keys]);
};
