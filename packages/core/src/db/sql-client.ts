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
  close(): Promise<void>;
}

/** OIDs whose default parsing would lose information or differ between the two engines. */
export const TYPE_OIDS = { int8: 20, date: 1082, timestamp: 1114, timestamptz: 1184 } as const;
