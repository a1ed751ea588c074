/**
 * The drill-down of one criterion of a stored assessment: every unit behind its signal (each
 * partner, or target region and segment) with its own figure, counted ones first and failing before
 * passing — the signal's order — joined to the partner's performance row (name, type, tiers,
 * health) and paged in SQL, so a signal over 10,000 partners is read a page at a time.
 */
import type { CriterionUnitRow } from '@trellis/contracts';
import type { SqlClient } from '../sql-client.ts';

export type UnitStatus = 'failing' | 'passing' | 'unrated' | 'not-counted';

export interface CriterionUnitsPage {
  items: CriterionUnitRow[];
  /** The rows matching the search and status, for paging. */
  total: number;
  /** Over every unit of the signal, whatever the search: what the header counts. */
  counts: { units: number; counted: number; failing: number; passing: number; notCounted: number };
}

/** undefined: no such assessment or criterion. */
export const pageCriterionUnits = async (
  db: SqlClient,
  orgId: string,
  number: number,
  criterion: string,
  q: { limit: number; offset: number; q?: string; status?: UnitStatus },
): Promise<CriterionUnitsPage | undefined> => {
  // One statement: the criterion (found or not), the counts and the page, so the stored report is
  // read once. Reports stored before units existed listed only the partners that met the
  // condition (`partners`, `details`): they are read as passing units.
  const rows = await db.query<
    Partial<CriterionUnitRow> & {
      found: boolean;
      total: number | null;
      counts: CriterionUnitsPage['counts'] | null;
    }
  >(
    `with doc as (
       select result from assessments where org_id = $1 and number = $2
     ), crit as (
       select c is not null as found, c -> 'signal' as s
       from (select jsonb_path_query_first(result, '$.scorecard[*].criteria[*] ? (@.id == $id)',
                                           jsonb_build_object('id', $3::text)) as c from doc) f
     ), units as (
       select x.u, x.ord from crit,
         jsonb_array_elements(case when jsonb_typeof(crit.s->'units') = 'array' then crit.s->'units' else '[]'::jsonb end)
           with ordinality x(u, ord)
       union all
       select jsonb_build_object('id', p.id, 'counted', true, 'passes', true, 'value', null,
                                 'detail', coalesce(crit.s->'details'->>(p.ord::int - 1), '')), p.ord
       from crit,
         jsonb_array_elements_text(case when crit.s->'units' is null and jsonb_typeof(crit.s->'partners') = 'array'
                                        then crit.s->'partners' else '[]'::jsonb end) with ordinality p(id, ord)
     ), perf as (
       select r->>'externalId' as id, r from doc, jsonb_array_elements(doc.result->'performance'->'partners') r
     ), rated as (
       select u, ord,
         case when not (u->>'counted')::boolean then 'not-counted'
              when u->'passes' = 'false'::jsonb then 'failing'
              when u->'passes' = 'true'::jsonb then 'passing' else 'unrated' end as status
       from units
     ), counts as (
       select jsonb_build_object(
         'units', count(*), 'counted', count(*) filter (where status <> 'not-counted'),
         'failing', count(*) filter (where status = 'failing'), 'passing', count(*) filter (where status = 'passing'),
         'notCounted', count(*) filter (where status = 'not-counted')) as counts
       from rated
     ), page as (
       select rated.u->>'id' as id, coalesce(rated.u->>'kind', 'partner') as kind,
              coalesce(perf.r->>'name', rated.u->>'id') as name, perf.r->>'type' as type,
              coalesce(perf.r->>'programTier', perf.r->>'tier') as "programTier",
              perf.r->'readiness'->>'tier' as "readinessTier", perf.r->>'health' as health,
              (rated.u->>'counted')::boolean as counted,
              case when jsonb_typeof(rated.u->'passes') = 'boolean' then (rated.u->>'passes')::boolean end as passes,
              (rated.u->>'value')::float8 as value, (rated.u->>'of')::int as "of", rated.u->>'detail' as detail,
              rated.ord, count(*) over ()::int as total
       from rated
       left join perf on rated.u->>'kind' is null and perf.id = rated.u->>'id'
       where ($4::text is null or coalesce(perf.r->>'name', '') ilike $4 or rated.u->>'id' ilike $4)
         and ($5::text is null or rated.status = $5)
       order by rated.ord
       limit $6 offset $7
     )
     select crit.found, counts.counts, page.*
     from crit cross join counts left join page on true
     order by page.ord`,
    [
      orgId,
      number,
      criterion,
      q.q ? `%${q.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%` : null,
      q.status ?? null,
      q.limit,
      q.offset,
    ],
  );
  const head = rows[0];
  if (!head?.found) return undefined;
  const items = rows
    .filter((r) => typeof r.id === 'string')
    .map(
      (r): CriterionUnitRow => ({
        id: r.id!,
        kind: r.kind as CriterionUnitRow['kind'],
        name: r.name!,
        type: r.type ?? null,
        programTier: r.programTier ?? null,
        readinessTier: r.readinessTier ?? null,
        health: r.health ?? null,
        counted: r.counted!,
        passes: r.passes ?? null,
        value: r.value ?? null,
        of: r.of ?? null,
        detail: r.detail ?? '',
      }),
    );
  return {
    items,
    total: head.total ?? 0,
    counts: head.counts ?? { units: 0, counted: 0, failing: 0, passing: 0, notCounted: 0 },
  };
};
