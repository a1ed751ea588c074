/** How many partners an org holds, whatever their dates (no partner at all: nothing to score). */
import type { SqlClient } from '../sql-client.ts';

export const countPartners = async (db: SqlClient, orgId: string): Promise<number> =>
  (await db.query<{ n: number }>('select count(*)::int as n from partners where org_id = $1', [orgId]))[0]!.n;
