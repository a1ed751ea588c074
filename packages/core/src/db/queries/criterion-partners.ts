/**
 * The drill-down of one criterion of a stored assessment: the partners its signal counted, each
 * with its own figure behind the value (the signal's `details`) and its row of the performance
 * table (name, type, tier, health) — paged in SQL, so a signal over 10,000 partners is read a page
 * at a time.
 */
import type { CriterionPartnerRow } from '@trellis/contracts';
import type { SqlClient } from '../sql-client.ts';

export interface CriterionPartnersPage {
  /** False when the criterion's signal is not counted per partner (coverage of target regions). */
  countedPerPartner: boolean;
  items: CriterionPartnerRow[];
  total: number;
}

/** undefined: no such assessment or criterion. Partners in the signal's order (by external id). */
export const pageCriterionPartners = async (
  db: SqlClient,
  orgId: string,
  number: number,
  criterion: string,
  q: { limit: number; offset: number; q?: string },
): Promise<CriterionPartnersPage | undefined> => {
  // One statement: the criterion (found or not, counted per partner or not) and the page of its
  // partners, so the stored report is read once.
  const rows = await db.query<
    Partial<CriterionPartnerRow> & { found: boolean; perPartner: boolean; total: number | null }
  >(
    `with doc as (
       select result from assessments where org_id = $1 and number = $2
     ), found as (
       select jsonb_path_query_first(result, '$.scorecard[*].criteria[*] ? (@.id == $id)', jsonb_build_object('id', $3::text)) as c
       from doc
     ), crit as (
       select c is not null as found, c -> 'signal' as s from found
     ), perf as (
       select r->>'externalId' as id, r from doc, jsonb_array_elements(doc.result->'performance'->'partners') r
     ), page as (
       select p.id as "externalId", coalesce(perf.r->>'name', p.id) as name, perf.r->>'type' as type,
              perf.r->>'tier' as tier, perf.r->>'health' as health,
              crit.s->'details'->>(p.ord::int - 1) as detail, p.ord, count(*) over ()::int as total
       from crit,
            jsonb_array_elements_text(case when jsonb_typeof(crit.s->'partners') = 'array' then crit.s->'partners' else '[]'::jsonb end)
              with ordinality p(id, ord)
       left join perf on perf.id = p.id
       where $4::text is null or perf.r->>'name' ilike $4 or p.id ilike $4
       order by p.ord
       limit $5 offset $6
     )
     select crit.found, coalesce(jsonb_typeof(crit.s->'partners') = 'array', false) as "perPartner", page.*
     from crit left join page on true
     order by page.ord`,
    [
      orgId,
      number,
      criterion,
      q.q ? `%${q.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%` : null,
      q.limit,
      q.offset,
    ],
  );
  const head = rows[0];
  if (!head?.found) return undefined;
  if (!head.perPartner) return { countedPerPartner: false, items: [], total: 0 };
  const items = rows
    .filter((r) => r.externalId !== null && r.externalId !== undefined)
    .map((r) => ({
      externalId: r.externalId!,
      name: r.name!,
      type: r.type ?? null,
      tier: r.tier ?? null,
      health: r.health ?? null,
      detail: r.detail ?? null,
    }));
  return { countedPerPartner: true, items, total: head.total ?? 0 };
};
