/**
 * The drill-down of one criterion of a stored assessment: the partners its signal counted, each
 * with its own figure behind the value (the signal's `details`) and its row of the performance
 * table (name, type, tier, health) — paged in SQL, so a signal over 10,000 partners is read a page
 * at a time.
 */
import type { SqlClient } from '../sql-client.ts';

export interface CriterionPartnerRow {
  externalId: string;
  name: string;
  type: string | null;
  tier: string | null;
  health: string | null;
  /** The partner's own figure ("3 of 4 QBRs held"); null where the signal lists partners only. */
  detail: string | null;
}

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
  const [found] = await db.query<{ c: { signal: { partners?: unknown } | null } | null }>(
    `select jsonb_path_query_first(result, '$.scorecard[*].criteria[*] ? (@.id == $id)', jsonb_build_object('id', $3::text)) as c
     from assessments where org_id = $1 and number = $2`,
    [orgId, number, criterion],
  );
  if (!found?.c) return undefined;
  if (!Array.isArray(found.c.signal?.partners)) return { countedPerPartner: false, items: [], total: 0 };
  const rows = await db.query<CriterionPartnerRow & { total: number }>(
    `with doc as (
       select result from assessments where org_id = $1 and number = $2
     ), sig as (
       select jsonb_path_query_first(result, '$.scorecard[*].criteria[*] ? (@.id == $id)', jsonb_build_object('id', $3::text)) -> 'signal' as s
       from doc
     ), perf as (
       select r->>'externalId' as id, r from doc, jsonb_array_elements(doc.result->'performance'->'partners') r
     )
     select p.id as "externalId", coalesce(perf.r->>'name', p.id) as name, perf.r->>'type' as type,
            perf.r->>'tier' as tier, perf.r->>'health' as health,
            sig.s->'details'->>(p.ord::int - 1) as detail, count(*) over ()::int as total
     from sig, jsonb_array_elements_text(sig.s->'partners') with ordinality p(id, ord)
     left join perf on perf.id = p.id
     where $4::text is null or perf.r->>'name' ilike $4 or p.id ilike $4
     order by p.ord
     limit $5 offset $6`,
    [
      orgId,
      number,
      criterion,
      q.q ? `%${q.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%` : null,
      q.limit,
      q.offset,
    ],
  );
  return {
    countedPerPartner: true,
    items: rows.map(({ total: _, ...r }) => r),
    total: rows[0]?.total ?? 0,
  };
};
