/**
 * Spot audits (docs/governance.md, "Spot audits"): the quarter's evaluations with the tier of their
 * partner, the draws and their items, the decisions, and the overturned level written back.
 */
import type { AuditedItem } from '../../domain/audits/overturn-rates.ts';
import type { evaluations, spotAuditItems, spotAudits } from '../schema.ts';
import type { SqlClient } from '../sql-client.ts';
import { lockOrgCounter } from './save-readiness.ts';

export type SpotAuditRow = Omit<typeof spotAudits.$inferSelect, 'orgId'>;

type ItemColumns = Pick<
  typeof spotAuditItems.$inferSelect,
  | 'tier'
  | 'assessor'
  | 'competency'
  | 'levelDrawn'
  | 'outcome'
  | 'newLevel'
  | 'reason'
  | 'auditor'
  | 'decidedAt'
>;
/** A drawn item with its evaluation's, partner's and person's external ids (joined, so written out). */
export type SpotAuditItemRow = ItemColumns & { evaluation: string; partner: string; person: string };

/** An evaluation of the quarter, with its partner's readiness tier in effect (computed by the join). */
export type QuarterEvaluationRow = Pick<
  typeof evaluations.$inferSelect,
  'id' | 'externalId' | 'assessor' | 'competency' | 'level'
> & { partner: string; tier: string | null };

/**
 * Evaluations dated from `from` to `to` (inclusive), each with the tier in effect of its partner at
 * the org's latest readiness scoring on or before `to` (null when none or no scoring yet).
 */
export const quarterEvaluations = (
  db: SqlClient,
  orgId: string,
  from: string,
  to: string,
): Promise<QuarterEvaluationRow[]> =>
  db.query<QuarterEvaluationRow>(
    `select e.id, e.external_id as "externalId", p.external_id as partner, h.effective as tier,
            e.assessor, e.competency, e.level
     from evaluations e
     join partners p on p.org_id = e.org_id and p.id = e.partner_id
     left join tier_history h on h.org_id = e.org_id and h.partner_id = e.partner_id
       and h.as_of = (select max(as_of) from readiness_scorings where org_id = $1 and as_of <= $3)
     where e.org_id = $1 and e.evaluated_on between $2 and $3
     order by e.external_id`,
    [orgId, from, to],
  );

const AUDIT_COLUMNS = `number, as_of as "asOf", quarter_start as "quarterStart", share, seed,
  created_by as "createdBy", created_at as "createdAt"`;

/** Stores a draw under the org's next audit number (numbers are per org: max + 1). */
export const insertSpotAudit = async (
  tx: SqlClient,
  orgId: string,
  a: Pick<SpotAuditRow, 'asOf' | 'quarterStart' | 'share' | 'seed' | 'createdBy'>,
  items: (Pick<SpotAuditItemRow, 'tier' | 'assessor' | 'competency' | 'levelDrawn'> & {
    evaluationId: number;
  })[],
): Promise<SpotAuditRow> => {
  await lockOrgCounter(tx, orgId, 'spot-audit');
  const [audit] = await tx.query<SpotAuditRow>(
    `insert into spot_audits (org_id, number, as_of, quarter_start, share, seed, created_by)
     select $1, coalesce(max(number), 0) + 1, $2, $3, $4, $5, $6 from spot_audits where org_id = $1
     returning ${AUDIT_COLUMNS}`,
    [orgId, a.asOf, a.quarterStart, a.share, a.seed, a.createdBy],
  );
  await tx.query(
    `insert into spot_audit_items (org_id, audit_number, evaluation_id, tier, assessor, competency, level_drawn)
     select $1, $2, x.evaluation_id, x.tier, x.assessor, x.competency, x.level
     from unnest($3::int[], $4::text[], $5::text[], $6::text[], $7::int[])
       as x(evaluation_id, tier, assessor, competency, level)`,
    [
      orgId,
      audit!.number,
      items.map((i) => i.evaluationId),
      items.map((i) => i.tier),
      items.map((i) => i.assessor),
      items.map((i) => i.competency),
      items.map((i) => i.levelDrawn),
    ],
  );
  return audit!;
};

/** An audit with how far its decisions are (counted in the statement, so written out). */
export type SpotAuditSummaryRow = SpotAuditRow & { drawn: number; decided: number; overturned: number };

const SUMMARY = `select a.number, a.as_of as "asOf", a.quarter_start as "quarterStart", a.share, a.seed,
    a.created_by as "createdBy", a.created_at as "createdAt", c.drawn, c.decided, c.overturned
  from spot_audits a
  cross join lateral (
    select count(*)::int as drawn, count(i.outcome)::int as decided,
           (count(*) filter (where i.outcome = 'overturned'))::int as overturned
    from spot_audit_items i where i.org_id = a.org_id and i.audit_number = a.number) c
  where a.org_id = $1`;

/**
 * "Latest" is the latest as-of date (then the last drawn of that date), as for assessments: an
 * audit of an earlier quarter drawn today never becomes the latest.
 */
const NEWEST_FIRST = 'a.as_of desc, a.number desc';

/** The org's audits, newest first. */
export const listSpotAudits = (db: SqlClient, orgId: string): Promise<SpotAuditSummaryRow[]> =>
  db.query<SpotAuditSummaryRow>(`${SUMMARY} order by ${NEWEST_FIRST}`, [orgId]);

/** One audit by number, or the newest (`latest`). */
export const spotAuditSummaryOf = async (
  db: SqlClient,
  orgId: string,
  ref: number | 'latest',
): Promise<SpotAuditSummaryRow | undefined> =>
  (
    await db.query<SpotAuditSummaryRow>(
      `${SUMMARY} and ($2::int is null or a.number = $2) order by ${NEWEST_FIRST} limit 1`,
      [orgId, ref === 'latest' ? null : ref],
    )
  )[0];

export const spotAuditOf = async (
  db: SqlClient,
  orgId: string,
  number: number,
): Promise<SpotAuditRow | undefined> =>
  (
    await db.query<SpotAuditRow>(
      `select ${AUDIT_COLUMNS} from spot_audits where org_id = $1 and number = $2`,
      [orgId, number],
    )
  )[0];

const ITEM_COLUMNS = `e.external_id as evaluation, p.external_id as partner, pp.external_id as person, i.tier, i.assessor, i.competency,
  i.level_drawn as "levelDrawn", i.outcome, i.new_level as "newLevel", i.reason, i.auditor, i.decided_at as "decidedAt"`;
const ITEM_JOINS = `join evaluations e on e.org_id = i.org_id and e.id = i.evaluation_id
  join partners p on p.org_id = e.org_id and p.id = e.partner_id
  join partner_people pp on pp.org_id = e.org_id and pp.id = e.person_id`;

/** An audit's items, ordered as drawn: by stratum (tier, "no tier" last; assessor), then evaluation id. */
export const spotAuditItemsOf = (db: SqlClient, orgId: string, number: number): Promise<SpotAuditItemRow[]> =>
  db.query<SpotAuditItemRow>(
    `select ${ITEM_COLUMNS} from spot_audit_items i ${ITEM_JOINS}
     where i.org_id = $1 and i.audit_number = $2
     order by i.tier collate "C" nulls last, i.assessor collate "C", e.external_id collate "C"`,
    [orgId, number],
  );

/** An evaluation as an audit decision sees it, locked, with its item in the audit (null: not drawn). */
export type EvaluationUnderAudit = Pick<
  typeof evaluations.$inferSelect,
  'id' | 'externalId' | 'level' | 'rubricVersion' | 'assessor'
> & { partner: string; drawn: boolean; outcome: ItemColumns['outcome'] };

export const lockEvaluationUnderAudit = async (
  tx: SqlClient,
  orgId: string,
  number: number,
  evaluation: string,
): Promise<EvaluationUnderAudit | undefined> =>
  (
    await tx.query<EvaluationUnderAudit>(
      `select e.id, e.external_id as "externalId", e.level, e.rubric_version as "rubricVersion", e.assessor,
              p.external_id as partner, i.evaluation_id is not null as drawn, i.outcome
       from evaluations e
       join partners p on p.org_id = e.org_id and p.id = e.partner_id
       left join spot_audit_items i on i.org_id = e.org_id and i.evaluation_id = e.id and i.audit_number = $2
       where e.org_id = $1 and e.external_id = $3
       for update of e`,
      [orgId, number, evaluation],
    )
  )[0];

/** Records the decision on an undecided item; undefined when it was decided meanwhile. */
export const decideSpotAuditItem = async (
  tx: SqlClient,
  orgId: string,
  number: number,
  evaluationId: number,
  d: Pick<SpotAuditItemRow, 'outcome' | 'newLevel' | 'reason' | 'auditor'>,
): Promise<SpotAuditItemRow | undefined> =>
  (
    await tx.query<SpotAuditItemRow>(
      `with decided as (
         update spot_audit_items set outcome = $4, new_level = $5, reason = $6, auditor = $7, decided_at = now()
         where org_id = $1 and audit_number = $2 and evaluation_id = $3 and outcome is null
         returning *)
       select ${ITEM_COLUMNS} from decided i ${ITEM_JOINS}`,
      [orgId, number, evaluationId, d.outcome, d.newLevel, d.reason, d.auditor],
    )
  )[0];

/** An overturn's new level, written to the evaluation itself: readiness reads it from there. */
export const setEvaluationLevel = async (
  tx: SqlClient,
  orgId: string,
  evaluationId: number,
  level: number,
): Promise<void> => {
  await tx.query('update evaluations set level = $3 where org_id = $1 and id = $2', [
    orgId,
    evaluationId,
    level,
  ]);
};

/** The items of one audit, or of every audit of the org, as overturn rates count them. */
export const auditedItems = (db: SqlClient, orgId: string, number?: number): Promise<AuditedItem[]> =>
  db.query<AuditedItem>(
    `select assessor, competency, outcome from spot_audit_items
     where org_id = $1 and ($2::int is null or audit_number = $2)`,
    [orgId, number ?? null],
  );
