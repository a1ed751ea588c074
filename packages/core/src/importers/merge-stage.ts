import type { SqlClient } from '../db/sql-client.ts';
import type { EntityDefinition } from './entity-definition.ts';
import { STAGE_TABLE } from './staging-table.ts';

export interface MergeCounts {
  inserted: number;
  updated: number;
}

/**
 * The staged rows as the target table's columns (after external_id): reference columns become
 * the referenced row's id through a join within the org ($1).
 */
const sourceOf = (def: EntityDefinition, absent: ReadonlySet<string>) => {
  const joins: string[] = [];
  const select: string[] = [];
  const targets: string[] = [];
  const values: string[] = [];
  def.columns.forEach((c, i) => {
    if (c.stageOnly) return;
    const target = c.references ? c.references.as : c.name;
    if (c.references) {
      joins.push(`join ${c.references.table} r${i} on r${i}.org_id = $1 and r${i}.external_id = s.${c.name}`);
      select.push(`r${i}.id as ${target}`);
    } else select.push(`s.${c.name}`);
    targets.push(target);
    if (c.name !== 'external_id' && !absent.has(c.name)) values.push(target);
  });
  return { sql: `select ${select.join(', ')} from ${STAGE_TABLE} s ${joins.join(' ')}`, targets, values };
};

const rowOf = (alias: string, columns: string[]) => `(${columns.map((c) => `${alias}.${c}`).join(', ')})`;

/**
 * One set-based upsert by (org_id, external_id). A row whose values are all unchanged is not
 * touched at all (the WHERE of DO UPDATE), so re-importing a file writes nothing; `xmax = 0`
 * tells fresh inserts from updates. A column the file does not have (`absent`) says nothing about
 * stored rows: a new row gets its empty value (unknown, or the column's default), a stored row
 * keeps its own — an export without Deal Registration does not erase what an earlier one said.
 */
export const mergeStage = async (
  tx: SqlClient,
  def: EntityDefinition,
  orgId: string,
  absent: ReadonlySet<string> = new Set(),
): Promise<MergeCounts> => {
  const { sql, targets, values } = sourceOf(def, absent);
  const [counts] = await tx.query<MergeCounts>(
    `with merged as (
       insert into ${def.table} as t (org_id, ${targets.join(', ')})
       select $1::text, src.* from (${sql}) src
       on conflict (org_id, external_id) do update
          set ${values.map((c) => `${c} = excluded.${c}`).join(', ')}
        where ${rowOf('t', values)} is distinct from ${rowOf('excluded', values)}
       returning (xmax = 0) as inserted
     )
     select (count(*) filter (where inserted))::int as inserted,
            (count(*) filter (where not inserted))::int as updated
       from merged`,
    [orgId],
  );
  return counts!;
};
