/** What a program document reads besides the report: the org's name and the assessment before one. */
import type { SqlClient } from '../sql-client.ts';

export const findOrgName = async (db: SqlClient, orgId: string): Promise<string | undefined> =>
  (await db.query<{ name: string }>('select name from orgs where id = $1', [orgId]))[0]?.name;

/** The number of the org's assessment just before `number`, if any. */
export const findPreviousAssessmentNumber = async (
  db: SqlClient,
  orgId: string,
  number: number,
): Promise<number | undefined> =>
  (
    await db.query<{ n: number | null }>(
      'select max(number) as n from assessments where org_id = $1 and number < $2',
      [orgId, number],
    )
  )[0]?.n ?? undefined;

/** The org's assessment of the latest as-of date (the highest number among equals), if any. */
export const findLatestAssessmentByDate = async (db: SqlClient, orgId: string): Promise<number | undefined> =>
  (
    await db.query<{ number: number }>(
      'select number from assessments where org_id = $1 order by as_of desc, number desc limit 1',
      [orgId],
    )
  )[0]?.number;
