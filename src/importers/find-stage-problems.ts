import type { SqlClient } from '../db/sql-client.ts';
import type { Issue } from '../errors.ts';
import type { EntityDefinition, Reference } from './entity-definition.ts';
import { ISSUE_LIMIT } from './issue-list.ts';
import { STAGE_TABLE } from './staging-table.ts';

/** Problems found in SQL over the whole staged file: sorted by line, the first `limit`, and a total. */
export interface StageProblems {
  issues: Issue[];
  total: number;
}

interface ProblemRow {
  line: number;
  value: string;
  other: number | null;
  total: number;
}

const collect = async (tx: SqlClient, text: string, params: unknown[], toIssue: (r: ProblemRow) => Issue) => {
  const rows = await tx.query<ProblemRow>(text, params);
  return { issues: rows.map(toIssue), total: rows[0]?.total ?? 0 };
};

/** A repeated external_id is reported on each later line, naming the line it last appeared on. */
const findDuplicates = (tx: SqlClient, file: string, limit: number) =>
  collect(
    tx,
    `select line, external_id as value, previous as other, count(*) over ()::int as total
       from (select line, external_id, lag(line) over (partition by external_id order by line) as previous
               from ${STAGE_TABLE} where external_id is not null) d
      where previous is not null order by line limit $1`,
    [limit],
    (r) => ({
      file,
      line: r.line,
      column: 'external_id',
      reason: `duplicate external_id "${r.value}" (already on line ${r.other})`,
    }),
  );

/** Set-based: one anti-join per reference column, not one lookup per row. */
const findUnresolved = (
  tx: SqlClient,
  column: string,
  ref: Reference,
  orgId: string,
  file: string,
  limit: number,
) =>
  collect(
    tx,
    `select s.line, s.${column} as value, null as other, count(*) over ()::int as total
       from ${STAGE_TABLE} s
      where s.${column} is not null
        and not exists (select 1 from ${ref.table} r where r.org_id = $1 and r.external_id = s.${column})
      order by s.line limit $2`,
    [orgId, limit],
    (r) => ({ file, line: r.line, column, reason: `no ${ref.label} with external_id "${r.value}"` }),
  );

export const findStageProblems = async (
  tx: SqlClient,
  def: EntityDefinition,
  orgId: string,
  file: string,
  limit = ISSUE_LIMIT,
): Promise<StageProblems> => {
  const found = [await findDuplicates(tx, file, limit)];
  for (const c of def.columns) {
    if (c.references) found.push(await findUnresolved(tx, c.name, c.references, orgId, file, limit));
  }
  return { issues: found.flatMap((f) => f.issues), total: found.reduce((n, f) => n + f.total, 0) };
};
