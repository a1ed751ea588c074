/**
 * The program over time, read from what is stored: one assessment per as-of date (the latest made
 * of that date) with its overall and dimension scores, each readiness scoring's tier counts, the
 * partners whose readiness tier moved from one scoring to the next, and the delivery outcomes of a
 * window of dates. Oldest first: time reads left to right.
 */
import type { OutcomeWindowRow } from '../../domain/outcome-change.ts';
import type { SqlClient } from '../sql-client.ts';

/** Written out, not inferred: overall and dimensions are read from the stored report's JSON. */
export interface AssessmentPoint {
  number: number;
  asOf: string;
  status: 'draft' | 'final';
  overall: { score: number; band: string } | null;
  dimensions: { id: string; dimension: string; score: number | null }[];
}

export const assessmentSeries = (db: SqlClient, orgId: string): Promise<AssessmentPoint[]> =>
  db.query<AssessmentPoint>(
    `select * from (
       select distinct on (a.as_of) a.number, a.as_of as "asOf", a.status,
         coalesce(a.dashboard, a.result)->'summary'->'overall' as overall,
         (select coalesce(jsonb_agg(jsonb_build_object('id', d->>'id', 'dimension', d->>'dimension', 'score', d->'score')
                   order by n), '[]'::jsonb)
          from jsonb_array_elements(coalesce(a.dashboard, a.result)->'scorecard') with ordinality x(d, n)) as dimensions
       from assessments a where a.org_id = $1
       order by a.as_of, a.number desc
     ) s order by "asOf"`,
    [orgId],
  );

/** Written out, not inferred: every figure is read from the stored summary's JSON. */
export interface ScoringPoint {
  asOf: string;
  partners: number;
  tierDistribution: Record<string, number>;
  programAboveReadiness: number | null;
}

export const scoringSeries = (db: SqlClient, orgId: string): Promise<ScoringPoint[]> =>
  db.query<ScoringPoint>(
    `select as_of as "asOf", (summary->'summary'->>'partners')::int as partners,
            summary->'summary'->'tierDistribution' as "tierDistribution",
            (summary->'summary'->>'programAboveReadiness')::int as "programAboveReadiness"
     from readiness_scorings where org_id = $1 order by as_of`,
    [orgId],
  );

/** Written out, not inferred: a pair of consecutive scorings per partner, computed by the statement. */
export interface TierMoveRow {
  /** The scoring before (its as-of date) and the one the partner moved at. */
  from: string;
  to: string;
  externalId: string;
  name: string;
  before: string | null;
  after: string | null;
}

/** Every partner whose readiness tier in effect changed from one stored scoring to the next. */
export const tierMoves = (db: SqlClient, orgId: string): Promise<TierMoveRow[]> =>
  db.query<TierMoveRow>(
    `with s as (select as_of, lag(as_of) over (order by as_of) as prev from readiness_scorings where org_id = $1)
     select s.prev as "from", s.as_of as "to", p.external_id as "externalId", p.name,
            b.effective as before, h.effective as after
     from s
     join tier_history h on h.org_id = $1 and h.as_of = s.as_of
     join tier_history b on b.org_id = $1 and b.as_of = s.prev and b.partner_id = h.partner_id
     join partners p on p.org_id = $1 and p.id = h.partner_id
     where s.prev is not null and b.effective is distinct from h.effective
     order by s.as_of, p.external_id`,
    [orgId],
  );

/** Per partner, the delivery projects that went live in (from, to]: sums, so program means are exact. */
export const outcomeWindow = (
  db: SqlClient,
  orgId: string,
  from: string,
  to: string,
): Promise<OutcomeWindowRow[]> =>
  db.query<OutcomeWindowRow>(
    `select p.external_id as "externalId", p.name, count(*)::int as projects,
            sum(d.actual_live_on - d.started_on)::float8 as "timeToLiveDaysSum",
            count(d.csat)::int as "csatN", coalesce(sum(d.csat), 0)::float8 as "csatSum",
            count(d.renewed)::int as "renewedN", (count(*) filter (where d.renewed))::int as "renewedYes",
            count(d.expanded)::int as "expandedN", (count(*) filter (where d.expanded))::int as "expandedYes"
     from delivery_projects d join partners p on p.org_id = d.org_id and p.id = d.partner_id
     where d.org_id = $1 and d.actual_live_on > $2 and d.actual_live_on <= $3
     group by p.external_id, p.name
     order by p.external_id`,
    [orgId, from, to],
  );

/** The date "now" stands for: the latest assessment's or scoring's as-of date (null: neither yet). */
export const latestAsOfDate = async (db: SqlClient, orgId: string): Promise<string | null> =>
  (
    await db.query<{ d: string | null }>(
      `select greatest((select max(as_of) from assessments where org_id = $1),
                       (select max(as_of) from readiness_scorings where org_id = $1)) as d`,
      [orgId],
    )
  )[0]?.d ?? null;

/** The partners (external ids) with a remediation item opened on or before `date`. */
export const partnersRemediatedBy = async (
  db: SqlClient,
  orgId: string,
  date: string,
): Promise<Set<string>> =>
  new Set(
    (
      await db.query<{ id: string }>(
        `select distinct p.external_id as id
         from remediation_items r join partners p on p.org_id = r.org_id and p.id = r.partner_id
         where r.org_id = $1 and r.opened_on <= $2`,
        [orgId, date],
      )
    ).map((r) => r.id),
  );
