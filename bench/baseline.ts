/**
 * Baselines measured in the same run as Trellis: raw COPY of the same CSVs into bare text tables
 * (no types, keys or validation), and one hand-written SQL query computing the per-partner figures.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export type RawHandle = { kind: 'pglite'; pg: PGlite } | { kind: 'postgres'; pool: pg.Pool };

const headerOf = (file: string): string[] => {
  const text = readFileSync(file, { encoding: 'utf8', flag: 'r' }).slice(0, 4096);
  return text.split('\n')[0]!.split(',');
};

/** Creates `raw_<entity>` with one text column per CSV column and COPYs the file into it. */
export const rawCopy = async (h: RawHandle, dir: string, entity: string): Promise<void> => {
  const file = join(dir, `${entity}.csv`);
  const cols = headerOf(file);
  const ddl = `drop table if exists raw_${entity}; create table raw_${entity} (${cols.map((c) => `${c} text`).join(', ')})`;
  const copy = `copy raw_${entity} from STDIN with (format csv, header true)`;
  if (h.kind === 'pglite') {
    await h.pg.exec(ddl);
    await h.pg.query(copy.replace('STDIN', "'/dev/blob'"), [], { blob: new Blob([readFileSync(file)]) });
    return;
  }
  const client = await h.pool.connect();
  try {
    await client.query(ddl);
    await pipeline(createReadStream(file), client.query(copyFrom(copy)));
  } finally {
    client.release();
  }
};

/** The hand-written per-partner aggregate (revenue, pipeline, deals, activity, QBRs, satisfaction). */
export const BASELINE_SQL = `
select p.external_id,
  sum(o.amount) filter (where o.stage = 'won' and o.closed_on > $2 and o.closed_on <= $1) as revenue,
  sum(o.amount) filter (where o.stage = 'won' and o.closed_on > $2 and o.closed_on <= $1 and o.sourced_by_partner) as sourced,
  count(o.*) filter (where o.stage = 'won' and o.closed_on > $2 and o.closed_on <= $1) as deals,
  sum(o.amount) filter (where o.created_on <= $1 and (o.closed_on is null or o.closed_on > $1)) as pipeline,
  min(o.closed_on) filter (where o.stage = 'won') as first_won,
  max(a.last_activity) as last_activity, max(a.recent) as recent,
  max(m.qbr_scheduled) as qbr_scheduled, max(m.qbr_held) as qbr_held,
  max(s.satisfaction) as satisfaction
from partners p
left join opportunities o on o.org_id = p.org_id and o.partner_id = p.id
left join (
  select partner_id, max(occurred_on) as last_activity, count(*) filter (where occurred_on > $3) as recent
  from activities where org_id = $4 and occurred_on <= $1 group by partner_id
) a on a.partner_id = p.id
left join (
  select partner_id, count(*) filter (where kind = 'qbr') as qbr_scheduled,
    count(*) filter (where kind = 'qbr' and held_on <= $1) as qbr_held
  from meetings where org_id = $4 and scheduled_on > $2 and scheduled_on <= $1 group by partner_id
) m on m.partner_id = p.id
left join (
  select distinct on (partner_id) partner_id, satisfaction from surveys
  where org_id = $4 and responded_on <= $1 order by partner_id, responded_on desc
) s on s.partner_id = p.id
where p.org_id = $4
group by p.external_id`;

/** The hand-written per-partner readiness aggregate (latest valid evaluations, projects, references). */
export const READINESS_BASELINE_SQL = `
with latest as (
  select distinct on (person_id, competency) partner_id, person_id, competency, level
  from evaluations where org_id = $2 and evaluated_on <= $1 and coalesce(expires_on, evaluated_on + 730) > $1
  order by person_id, competency, evaluated_on desc
),
levels as (
  select partner_id, jsonb_object_agg(competency, level) as levels, sum(n)::int as qualified
  from (select partner_id, competency, max(level) as level, count(*) filter (where level >= 3) as n
        from latest group by partner_id, competency) c
  group by partner_id
),
j as (
  select partner_id, avg(csat) as csat, avg(defects) as defects, count(*) as live
  from delivery_projects where org_id = $2 and actual_live_on > $3 and actual_live_on <= $1 group by partner_id
),
r as (
  select partner_id, count(*) as refs from customer_references
  where org_id = $2 and verified and referenced_on <= $1 group by partner_id
),
o as (
  select partner_id,
    count(*) filter (where created_on <= $1 and (closed_on is null or closed_on > $1)) as open_opps,
    count(*) filter (where stage = 'won' and closed_on > $3 and closed_on <= $1) as won,
    count(*) filter (where stage in ('won', 'lost') and closed_on > $3 and closed_on <= $1) as decided
  from opportunities where org_id = $2 group by partner_id
)
select p.external_id, l.levels, l.qualified, j.csat, j.defects, j.live, r.refs, o.open_opps, o.won, o.decided
from partners p
left join levels l on l.partner_id = p.id
left join j on j.partner_id = p.id
left join r on r.partner_id = p.id
left join o on o.partner_id = p.id
where p.org_id = $2`;
