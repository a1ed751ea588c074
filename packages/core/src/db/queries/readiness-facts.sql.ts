import { partnersAsOf } from './partners-as-of.sql.ts';

/**
 * One row per partner for partner readiness as of T. Parameters: $1 org, $2 as-of date T,
 * $3 outcome window start (exclusive), $4 evaluation validity in days (when an evaluation has no
 * expiry of its own), $5 competency ids, $6 their roles (parallel arrays from the framework).
 * Only current people count; for each person and competency only the latest valid evaluation.
 */
export const READINESS_FACTS_SQL = `
with comp as (
  select * from unnest($5::text[], $6::text[]) as c(competency, role)
),
people as (
  select id, partner_id, role from partner_people
  where org_id = $1 and (started_on is null or started_on <= $2) and (left_on is null or left_on > $2)
),
latest as (
  select distinct on (e.person_id, e.competency) e.partner_id, e.person_id, e.competency, e.level
  from evaluations e
  where e.org_id = $1 and e.evaluated_on <= $2
    and coalesce(e.expires_on, e.evaluated_on + $4::int) > $2
  order by e.person_id, e.competency, e.evaluated_on desc, e.external_id desc
),
current_latest as (
  select l.* from latest l join people p on p.id = l.person_id and p.partner_id = l.partner_id
),
by_competency as (
  select partner_id, jsonb_object_agg(competency, level) as levels
  from (select partner_id, competency, max(level) as level from current_latest group by partner_id, competency) x
  group by partner_id
),
person_best as (
  select p.partner_id, p.role, max(l.level) as level
  from people p
  join current_latest l on l.person_id = p.id
  join comp c on c.competency = l.competency and c.role = p.role
  group by p.partner_id, p.id, p.role
),
qualified as (
  select partner_id, jsonb_object_agg(role, counts) as counts
  from (
    select partner_id, role, jsonb_build_array(
      count(*) filter (where level >= 1), count(*) filter (where level >= 2),
      count(*) filter (where level >= 3), count(*) filter (where level >= 4)) as counts
    from person_best group by partner_id, role
  ) x
  group by partner_id
),
proj as (
  select partner_id,
    (count(*) filter (where started_on <= $2 and (actual_live_on is null or actual_live_on > $2)))::int as active,
    (count(csat) filter (where live))::int as csat_n, avg(csat) filter (where live)::float8 as csat,
    (count(defects) filter (where live))::int as defects_n, avg(defects) filter (where live)::float8 as defects,
    (count(*) filter (where live))::int as ttl_n, avg(actual_live_on - planned_live_on) filter (where live)::float8 as ttl,
    (count(renewed) filter (where live))::int as renewed_n, avg(renewed::int) filter (where live)::float8 as renewed,
    (count(expanded) filter (where live))::int as expanded_n, avg(expanded::int) filter (where live)::float8 as expanded
  from (
    select *, (actual_live_on > $3 and actual_live_on <= $2) as live
    from delivery_projects where org_id = $1
  ) x
  group by partner_id
),
opp as (
  select partner_id,
    (count(*) filter (where created_on <= $2 and (closed_on is null or closed_on > $2)))::int as open_opps,
    (count(*) filter (where closed and stage in ('won', 'lost')))::int as decided,
    (count(*) filter (where closed and stage = 'won'))::int as won
  from (select *, (closed_on > $3 and closed_on <= $2) as closed from opportunities where org_id = $1) x
  group by partner_id
),
refs as (
  select partner_id, array_agg(referenced_on::text order by referenced_on desc) as dates
  from customer_references where org_id = $1 and verified and referenced_on <= $2
  group by partner_id
),
prev as (
  select distinct on (partner_id) partner_id, effective, periods_below
  from tier_history where org_id = $1 and as_of < $2
  order by partner_id, as_of desc
)
select p.external_id, p.name, p.type, p.owner, p.tier as program_tier,
  coalesce(c.levels, '{}'::jsonb) as levels, coalesce(q.counts, '{}'::jsonb) as qualified,
  coalesce(o.open_opps, 0) as open_opps, coalesce(j.active, 0) as active_projects,
  coalesce(j.csat_n, 0) as csat_n, j.csat, coalesce(j.defects_n, 0) as defects_n, j.defects,
  coalesce(j.ttl_n, 0) as ttl_n, j.ttl, coalesce(j.renewed_n, 0) as renewed_n, j.renewed,
  coalesce(j.expanded_n, 0) as expanded_n, j.expanded,
  coalesce(o.decided, 0) as decided, coalesce(o.won, 0) as won,
  coalesce(r.dates, '{}'::text[]) as reference_dates,
  pr.partner_id is not null as has_previous, pr.effective as previous_tier, coalesce(pr.periods_below, 0) as periods_below
from ${partnersAsOf('$1', '$2::date')} p
left join by_competency c on c.partner_id = p.id
left join qualified q on q.partner_id = p.id
left join proj j on j.partner_id = p.id
left join opp o on o.partner_id = p.id
left join refs r on r.partner_id = p.id
left join prev pr on pr.partner_id = p.id
where p.org_id = $1 and p.joined_on <= $2 and p.lifecycle <> 'retired'
order by p.external_id`;
