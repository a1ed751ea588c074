/** What a program document reads besides the report: the org's name. */
import type { SqlClient } from '../sql-client.ts';

export const findOrgName = async (db: SqlClient, orgId: string): Promise<string | undefined> =>
  (await db.query<{ name: string }>('select name from orgs where id = $1', [orgId]))[0]?.name;
