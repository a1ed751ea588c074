import { partnersAsOf } from './partners-as-of.sql.ts';

/**
 * One row per partner for an as-of date: every aggregate the program assessment needs, computed
 * in SQL so the same code serves 25 partners and 100,000. Parameters:
 * $1 org, $2 as-of date T, $3 period start (exclusive), $4 recent-window start (exclusive).
 * Nothing dated after T counts. Money comes back as integer cents.
 */
export const PARTNER_FACTS_SQL = `
with o as (
  select partner_id,
    (coalesce(sum(amount) filter (where won_in_period), 0) * 100)::int8 as revenue_cents,
    (coalesce(sum(amount) filter (where won_in_period and sourced_by_partner), 0) * 100)::int8 as sourced_cents,
    (count(*) filter (where won_in_period))::int as deals,
    (coalesce(sum(amount) filter (where created_on <= $2 and (closed_on is null or closed_on > $2)), 0) * 100)::int8 as pipeline_cents,
    (coalesce(sum(amount) filter (where created_on <= $4 and (closed_on is null or closed_on > $4)), 0) * 100)::int8 as pipeline_prior_cents,
    (coalesce(sum(amount) filter (where created_on <= $4 and closed_on > $4 and closed_on <= $2 and stage = 'won'), 0) * 100)::int8 as won_from_prior_cents,
    (count(*) filter (where created_on <= $2 and (closed_on is null or closed_on > $2)))::int as open_opps,
    min(closed_on) filter (where stage = 'won' and closed_on <= $2) as first_won,
    max(closed_on) filter (where stage = 'won' and closed_on <= $2) as last_won,
    max(created_on) filter (where created_on <= $2) as last_created,
    (count(*) filter (where created_on > $3 and created_on <= $2))::int as created,
    (count(*) filter (where created_on > $3 and created_on <= $2 and registered))::int as registered,
    (count(*) filter (where created_on > $3 and created_on <= $2 and registered is null))::int as registration_unknown
  from (
    select *, (stage = 'won' and closed_on > $3 and closed_on <= $2) as won_in_period
    from opportunities where org_id = $1
  ) x
  group by partner_id
),
a as (
  select partner_id,
    max(occurred_on) filter (where occurred_on <= $2) as last_activity,
    (count(*) filter (where occurred_on > $4 and occurred_on <= $2))::int as recent,
    (count(*) filter (where in_period and kind = 'training_completed'))::int as trainings,
    (count(*) filter (where in_period and kind = 'portal_login'))::int as portal_logins,
    (count(*) filter (where in_period and kind = 'deal_registration'))::int as deal_regs,
    (count(*) filter (where in_period and kind = 'co_marketing'))::int as co_marketing,
    (count(*) filter (where in_period and kind = 'co_innovation'))::int as co_innovation,
    (count(*) filter (where kind = 'enablement_session' and occurred_on > $4 and occurred_on <= $2))::int as enablement_recent
  from (
    select partner_id, kind, occurred_on, (occurred_on > $3 and occurred_on <= $2) as in_period
    from activities where org_id = $1
  ) x
  group by partner_id
),
m as (
  select partner_id,
    (count(*) filter (where kind = 'qbr' and in_period))::int as qbr_scheduled,
    (count(*) filter (where kind = 'qbr' and in_period and held_on <= $2))::int as qbr_held,
    max(held_on) filter (where kind = 'qbr' and held_on <= $2) as last_qbr,
    (count(*) filter (where in_period))::int as scheduled,
    (count(*) filter (where in_period and held_on <= $2))::int as held,
    max(held_on) filter (where held_on <= $2) as last_held
  from (
    select partner_id, kind, held_on, (scheduled_on > $3 and scheduled_on <= $2) as in_period
    from meetings where org_id = $1
  ) x
  group by partner_id
),
s as (
  select distinct on (partner_id) partner_id, responded_on,
    satisfaction::float8 as satisfaction, training::float8 as training,
    resources::float8 as resources, support::float8 as support
  from surveys where org_id = $1 and responded_on <= $2
  order by partner_id, responded_on desc, external_id desc
),
pe as (
  select partner_id,
    (count(*) filter (where current))::int as contacts,
    coalesce(bool_or(is_champion and current), false) as has_champion,
    (array_agg(name order by left_on desc, external_id) filter (where is_champion and left_on <= $2))[1] as departed_name,
    max(left_on) filter (where is_champion and left_on <= $2) as departed_on
  from (
    select partner_id, name, external_id, is_champion, left_on,
      ((started_on is null or started_on <= $2) and (left_on is null or left_on > $2)) as current
    from partner_people where org_id = $1
  ) x
  group by partner_id
)
select p.external_id, p.name, p.type, p.tier, p.region, p.segment, p.joined_on, p.lifecycle, p.executive_sponsor,
  coalesce(o.revenue_cents, 0) as revenue_cents, coalesce(o.sourced_cents, 0) as sourced_cents,
  coalesce(o.deals, 0) as deals, coalesce(o.pipeline_cents, 0) as pipeline_cents,
  coalesce(o.pipeline_prior_cents, 0) as pipeline_prior_cents, coalesce(o.won_from_prior_cents, 0) as won_from_prior_cents,
  coalesce(o.open_opps, 0) as open_opps,
  o.first_won, o.last_won,
  greatest(a.last_activity, m.last_held, o.last_created, o.last_won) as last_activity,
  coalesce(a.recent, 0) as recent, coalesce(a.trainings, 0) as trainings,
  coalesce(a.portal_logins, 0) as portal_logins, coalesce(a.deal_regs, 0) as deal_regs,
  coalesce(a.co_marketing, 0) as co_marketing, coalesce(a.co_innovation, 0) as co_innovation,
  coalesce(a.enablement_recent, 0) as enablement_recent,
  coalesce(o.created, 0) as created, coalesce(o.registered, 0) as registered,
  coalesce(o.registration_unknown, 0) as registration_unknown,
  coalesce(m.qbr_scheduled, 0) as qbr_scheduled, coalesce(m.qbr_held, 0) as qbr_held, m.last_qbr,
  coalesce(m.scheduled, 0) as scheduled, coalesce(m.held, 0) as held,
  s.responded_on, s.satisfaction, s.training, s.resources, s.support,
  coalesce(pe.contacts, 0) as contacts, coalesce(pe.has_champion, false) as has_champion,
  pe.departed_name, pe.departed_on
from ${partnersAsOf('$1', '$2::date')} p
left join o on o.partner_id = p.id
left join a on a.partner_id = p.id
left join m on m.partner_id = p.id
left join s on s.partner_id = p.id
left join pe on pe.partner_id = p.id
where p.org_id = $1 and p.joined_on <= $2
order by p.external_id`;
