import type { SqlClient } from '../db/sql-client.ts';
import type { Issue } from '../errors.ts';
import type { ColumnDefinition, EntityDefinition, Reference } from './entity-definition.ts';
import { ISSUE_LIMIT } from './issue-list.ts';
import { STAGE_TABLE } from './staging-table.ts';

/** Problems found in SQL over the whole staged file: sorted by line, the first `limit`, and totals. */
export interface StageProblems {
  issues: Issue[];
  total: number;
  /** Problems per column. */
  byColumn: Map<string, number>;
}

interface ProblemRow {
  line: number;
  value: string;
  other: number | string | null;
  /** The owner the row itself names (sameOwner checks). */
  owner?: string;
  total: number;
}

const collect = async (tx: SqlClient, text: string, params: unknown[], toIssue: (r: ProblemRow) => Issue) => {
  const rows = await tx.query<ProblemRow>(text, params);
  return { issues: rows.map(toIssue), total: rows[0]?.total ?? 0 };
};

/** The owner reference a `sameOwner` reference names (another reference column of the entity). */
export const ownerReferenceOf = (def: EntityDefinition, ref: Reference): ColumnDefinition => {
  const owner = def.columns.find((c) => c.name === ref.sameOwner);
  if (!owner?.references) {
    throw new Error(`${def.entity}: sameOwner "${ref.sameOwner}" is not a reference column of the entity`);
  }
  return owner;
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
      value: r.value,
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
    (r) => ({
      file,
      line: r.line,
      column,
      value: r.value,
      reason: `no ${ref.label} with external_id "${r.value}"`,
    }),
  );

/**
 * Set-based: rows whose `column` and owner column both resolve, but whose referenced row belongs to
 * another owner ("person U-3 belongs to partner P-2, not P-1").
 */
const findOtherOwner = (
  tx: SqlClient,
  column: string,
  ref: Reference,
  owner: ColumnDefinition,
  orgId: string,
  file: string,
  limit: number,
) => {
  const own = owner.references!;
  return collect(
    tx,
    `select s.line, s.${column} as value, o.external_id as other, s.${owner.name} as owner,
            count(*) over ()::int as total
       from ${STAGE_TABLE} s
       join ${ref.table} r on r.org_id = $1 and r.external_id = s.${column}
       join ${own.table} so on so.org_id = $1 and so.external_id = s.${owner.name}
       join ${own.table} o on o.org_id = $1 and o.id = r.${own.as}
      where r.${own.as} <> so.id
      order by s.line limit $2`,
    [orgId, limit],
    (r) => ({
      file,
      line: r.line,
      column,
      reason: `${ref.label} ${r.value} belongs to ${own.label} ${r.other}, not ${r.owner}`,
    }),
  );
};

export const findStageProblems = async (
  tx: SqlClient,
  def: EntityDefinition,
  orgId: string,
  file: string,
  limit = ISSUE_LIMIT,
): Promise<StageProblems> => {
  const found = [{ column: 'external_id', ...(await findDuplicates(tx, file, limit)) }];
  for (const c of def.columns) {
    const ref = c.references;
    if (!ref) continue;
    found.push({ column: c.name, ...(await findUnresolved(tx, c.name, ref, orgId, file, limit)) });
    if (ref.sameOwner !== undefined) {
      found.push({
        column: c.name,
        ...(await findOtherOwner(tx, c.name, ref, ownerReferenceOf(def, ref), orgId, file, limit)),
      });
    }
  }
  const byColumn = new Map<string, number>();
  for (const f of found) if (f.total) byColumn.set(f.column, (byColumn.get(f.column) ?? 0) + f.total);
  return {
    issues: found.flatMap((f) => f.issues),
    total: found.reduce((n, f) => n + f.total, 0),
    byColumn,
  };
};
