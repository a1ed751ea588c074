/**
 * The narrow interface the rest of Trellis uses to talk SQL, implemented once per engine.
 * Parameters are positional ($1, $2 …); arrays are passed as single array parameters, which is
 * what bulk loads through `unnest(...)` rely on.
 */
export interface SqlClient {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface Database extends SqlClient {
  readonly engine: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: everything it wrote is committed together or not at all. */
  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T>;
  /**
   * The same database seen by one org: every statement runs in a transaction that names the org
   * for row-level security and, where the connection could bypass the policies, as the role
   * `trellis_app` that cannot (docs/tenancy.md). Queries still filter by org_id themselves.
   */
  forOrg(orgId: string): Database;
  /** Closes the connection (a no-op on an org view: its owner closes). */
  close(): Promise<void>;
}

/** OIDs whose default parsing would lose information or differ between the two engines. */
export const TYPE_OIDS = { int8: 20, date: 1082, timestamp: 1114, timestamptz: 1184 } as const;

/**
 * Timestamps leave the database as ISO 8601 in UTC on both engines ("2026-11-26T00:20:20.809Z"),
 * whatever the session's time zone; dates stay "YYYY-MM-DD".
 */
export const timestampToIso = (v: string): string => {
  const d = new Date(v.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00'));
  return Number.isNaN(d.getTime()) ? v : d.toISOString();
};

/** Org ids are slugs; checked again here because scoping embeds them in SQL text. */
const ORG_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * The statements that name the org for the row-level security policies (for the transaction, or
 * with `local` false for the session) and, where the connection is privileged, switch to the
 * unprivileged role for the transaction.
 */
export const orgScopeStatements = (orgId: string, switchRole: boolean, local = true): string => {
  if (!ORG_ID.test(orgId)) throw new Error(`invalid org id for scoping: ${JSON.stringify(orgId)}`);
  return `select set_config('trellis.org_id', '${orgId}', ${local});${switchRole ? ' set local role trellis_app;' : ''}`;
};
