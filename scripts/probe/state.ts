/**
 * What is stored, as one fingerprint per table (row count and a hash of the rows), to tell whether a
 * refused request changed anything. Sessions and sign-in failures are counted only (every request
 * touches a session's last use), and a token's last use is left out.
 */
import type { Database } from '@trellis/core';

export type Fingerprint = Map<string, string>;

const COUNT_ONLY = new Set(['sessions', 'sign_in_failures']);

let sql: string | undefined;

const buildSql = async (db: Database): Promise<string> => {
  const tables = await db.query<{ t: string }>(
    `select table_name as t from information_schema.tables
     where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like '\\_\\_%' order by 1`,
  );
  const row = `(to_jsonb(x) - 'last_used_at')::text`;
  return tables
    .map(({ t }) =>
      COUNT_ONLY.has(t)
        ? `select '${t}' as t, count(*)::text as f from "${t}"`
        : `select '${t}' as t, count(*) || ':' || md5(coalesce(string_agg(${row}, '|' order by ${row}), '')) as f from "${t}" x`,
    )
    .join(' union all ');
};

export const fingerprint = async (db: Database): Promise<Fingerprint> => {
  sql ??= await buildSql(db);
  const rows = await db.query<{ t: string; f: string }>(sql);
  return new Map(rows.map((r) => [r.t, r.f]));
};

/** The tables whose fingerprint differs, leaving out `ignore`. */
export const changed = (a: Fingerprint, b: Fingerprint, ignore: readonly string[] = []): string[] =>
  [...new Set([...a.keys(), ...b.keys()])].filter((t) => !ignore.includes(t) && a.get(t) !== b.get(t));

/** Waits until no job is queued or running (the worker polls every 25 ms). */
export const jobsIdle = async (db: Database, ms = 30_000): Promise<boolean> => {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    const [row] = await db.query<{ n: number }>(
      `select count(*)::int as n from jobs where status in ('queued', 'running')`,
    );
    if (row?.n === 0) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
};
