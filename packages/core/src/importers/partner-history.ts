/**
 * The dated history of a partner's tier, lifecycle, executive sponsor and manager, kept by every
 * partners import (docs/imports.md, "Dated attributes"): a value holds from `valid_from` up to, not
 * including, `valid_to`. A partner's first values hold from its join date; a later import that
 * changes one closes the value it replaces and opens the new one on the row's `valid_from`, else on
 * the import's date. An assessment as of T reads the values valid at T (partners-as-of.sql.ts), so
 * later imports never change what an earlier date shows.
 */
import type { SqlClient } from '../db/sql-client.ts';
import { AppError, type Issue } from '../errors.ts';
import type { AfterMerge } from './entity-definition.ts';
import { ISSUE_LIMIT } from './issue-list.ts';
import { STAGE_TABLE } from './staging-table.ts';

/** What the history calls each dated attribute, and how messages name it. */
export const DATED_ATTRIBUTES = {
  tier: 'program tier',
  lifecycle: 'lifecycle',
  executive_sponsor: 'executive sponsor',
  owner: 'partner manager',
} as const;

const attributeValues = Object.keys(DATED_ATTRIBUTES)
  .map((a) => `('${a}', p.${a})`)
  .join(', ');

/**
 * Per staged partner and attribute: the value now stored (after the merge), the day a change takes
 * effect ($2 when the row has no valid_from) and the value it would replace (the open one).
 * $1 org, $2 import date. Computed once per import into VALUES_TABLE: the writes below each touch
 * a different set of its rows, so none of them changes what the others read.
 */
const VALUES_TABLE = 'import_partner_values';
const STAGED_VALUES = `
  select s.line, s.valid_from, p.id as partner_id, p.joined_on, a.attribute, a.value,
         coalesce(s.valid_from, $2::date) as effective,
         h.partner_id is not null as known, h.value as open_value, h.valid_from as open_from
    from ${STAGE_TABLE} s
    join partners p on p.org_id = $1 and p.external_id = s.external_id
   cross join lateral (values ${attributeValues}) a(attribute, value)
    left join partner_attribute_history h
      on h.org_id = $1 and h.partner_id = p.id and h.attribute = a.attribute and h.valid_to is null`;

/** A staged value (of alias `v`) that differs from the open one it would replace. */
const CHANGED = 'v.known and v.value is distinct from v.open_value';

/** Dates that would rewrite the past or claim the future: refused, naming the row. */
const findDateProblems = async (tx: SqlClient, at: AfterMerge): Promise<Issue[]> => {
  const rows = await tx.query<{
    line: number;
    valid_from: string;
    attribute: string;
    open_from: string | null;
  }>(
    `select line, valid_from::text, attribute, open_from::text from ${VALUES_TABLE} v
      where valid_from > $1::date or (${CHANGED} and v.effective < v.open_from)
      order by line, attribute limit ${ISSUE_LIMIT}`,
    [at.importDate],
  );
  const seen = new Set<number>();
  return rows.flatMap((r) => {
    if (seen.has(r.line)) return [];
    seen.add(r.line);
    const name = DATED_ATTRIBUTES[r.attribute as keyof typeof DATED_ATTRIBUTES] ?? r.attribute;
    const reason =
      r.valid_from > at.importDate
        ? `valid_from ${r.valid_from} is after the import's date ${at.importDate}: a change is imported on or after the day it takes effect`
        : `valid_from ${r.valid_from ?? at.importDate} is before the current ${name}'s start (${r.open_from}): a change can only follow the value it replaces`;
    return [{ file: at.file, line: r.line, column: 'valid_from', value: r.valid_from ?? '', reason }];
  });
};

export const recordPartnerHistory = async (tx: SqlClient, at: AfterMerge): Promise<void> => {
  await tx.query(
    `create temp table ${VALUES_TABLE} (line int, valid_from date, partner_id int, joined_on date,
       attribute text, value text, effective date, known boolean, open_value text, open_from date)
     on commit drop`,
  );
  await tx.query(`insert into ${VALUES_TABLE} ${STAGED_VALUES}`, [at.orgId, at.importDate]);
  const problems = await findDateProblems(tx, at);
  if (problems.length > 0) {
    const n = problems.length;
    throw new AppError(
      'IMPORT_REJECTED',
      `${at.file}: ${n === 1 ? '1 problem' : `${n} problems`}, nothing imported`,
      problems,
      {
        total: n,
        stoppedEarly: false,
        byColumn: [{ column: 'valid_from', count: n, examples: problems.slice(0, 3) }],
      },
    );
  }
  const params = [at.orgId];
  // A change on the same day as the value it replaces corrects that value.
  await tx.query(
    `update partner_attribute_history h set value = v.value from ${VALUES_TABLE} v
      where h.org_id = $1 and h.partner_id = v.partner_id and h.attribute = v.attribute and h.valid_to is null
        and ${CHANGED} and v.effective = v.open_from`,
    params,
  );
  // A later change closes the open value and opens the new one.
  await tx.query(
    `with changes as (select * from ${VALUES_TABLE} v where ${CHANGED} and v.effective > v.open_from),
          closed as (
            update partner_attribute_history h set valid_to = c.effective from changes c
             where h.org_id = $1 and h.partner_id = c.partner_id and h.attribute = c.attribute and h.valid_to is null)
     insert into partner_attribute_history (org_id, partner_id, attribute, value, valid_from)
     select $1, partner_id, attribute, value, effective from changes`,
    params,
  );
  // A partner seen for the first time: its values hold from its join date.
  await tx.query(
    `insert into partner_attribute_history (org_id, partner_id, attribute, value, valid_from)
     select $1, partner_id, attribute, value, joined_on from ${VALUES_TABLE} v where not v.known
     on conflict do nothing`,
    params,
  );
};
