/**
 * Persists one scoring: the tier in effect per partner for the as-of date (the grace period reads
 * it next time) and the remediation items reconciled with the gaps found — new gaps open items,
 * closed gaps close theirs, reappearing gaps reopen them. Set-based: one statement each.
 */
import type { ReadinessReport, RemediationUpdate } from '@trellis/contracts';
import type { RemediationGap, RemediationItem } from '../../domain/remediation-plan.ts';
import type { SqlClient } from '../sql-client.ts';

export interface TierRecord {
  partner: string;
  earned: string | null;
  effective: string | null;
  periodsBelow: number;
  composite: number;
}

export const saveTierHistory = async (
  tx: SqlClient,
  orgId: string,
  asOf: string,
  policySha256: string,
  rows: TierRecord[],
): Promise<void> => {
  await tx.query(
    `insert into tier_history (org_id, partner_id, as_of, policy_sha256, earned, effective, periods_below, composite)
     select $1, p.id, $2, $3, x.earned, x.effective, x.periods_below, x.composite
     from unnest($4::text[], $5::text[], $6::text[], $7::int[], $8::float8[])
       as x(partner, earned, effective, periods_below, composite)
     join partners p on p.org_id = $1 and p.external_id = x.partner
     on conflict (org_id, partner_id, as_of) do update set
       policy_sha256 = excluded.policy_sha256, earned = excluded.earned, effective = excluded.effective,
       periods_below = excluded.periods_below, composite = excluded.composite`,
    [
      orgId,
      asOf,
      policySha256,
      rows.map((r) => r.partner),
      rows.map((r) => r.earned),
      rows.map((r) => r.effective),
      rows.map((r) => r.periodsBelow),
      rows.map((r) => r.composite),
    ],
  );
};

/** Serialises the writers of one org's numbered rows (numbers are per org: max + 1). */
export const lockOrgCounter = async (tx: SqlClient, orgId: string, counter: string): Promise<void> => {
  await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`trellis:${counter}:${orgId}`]);
};

export const reconcileRemediation = async (
  tx: SqlClient,
  orgId: string,
  asOf: string,
  gaps: (RemediationGap & { partner: string })[],
): Promise<void> => {
  const col = <K extends keyof (RemediationGap & { partner: string })>(k: K) => gaps.map((g) => g[k]);
  await lockOrgCounter(tx, orgId, 'remediation');
  const gapRows = `select p.id as partner_id, x.*
       from unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])
         with ordinality as x(partner, gap_key, gap_kind, gap, action, owner, mentor, bucket, due_on, ord)
       join partners p on p.org_id = $1 and p.external_id = x.partner`;
  const params = [
    orgId,
    asOf,
    col('partner'),
    col('key'),
    col('kind'),
    col('gap'),
    col('action'),
    col('owner'),
    col('mentor'),
    col('bucket'),
    col('dueOn'),
  ];
  // Gaps that already have an item: refresh the wording; a closed item whose gap is back reopens.
  await tx.query(
    `with x as materialized (${gapRows})
     update remediation_items r set
       gap = x.gap, action = x.action,
       status = case when r.status = 'done' then 'open' else r.status end,
       opened_on = case when r.status = 'done' then $2::date else r.opened_on end,
       due_on = case when r.status = 'done' then x.due_on::date else r.due_on end,
       closed_on = case when r.status = 'done' then null else r.closed_on end
     from x where r.org_id = $1 and r.partner_id = x.partner_id and r.gap_key = x.gap_key`,
    params,
  );
  // New gaps: new items, numbered on from the org's highest number in the order the gaps came.
  await tx.query(
    `with x as materialized (${gapRows}),
     fresh as (
       select x.* from x where not exists (
         select 1 from remediation_items r where r.org_id = $1 and r.partner_id = x.partner_id and r.gap_key = x.gap_key))
     insert into remediation_items
       (org_id, number, partner_id, gap_key, gap_kind, gap, action, owner, mentor, bucket, due_on, status, opened_on)
     select $1, (select coalesce(max(number), 0) from remediation_items where org_id = $1) + row_number() over (order by f.ord),
            f.partner_id, f.gap_key, f.gap_kind, f.gap, f.action, f.owner, f.mentor, f.bucket, f.due_on::date, 'open', $2
     from fresh f`,
    params,
  );
  // Gaps no longer found are closed: the evidence now meets the requirement. The NOT EXISTS over a
  // materialised gap list plans as one hash anti-join (NOT IN would fall back to a per-row scan once
  // the list outgrows work_mem: quadratic at 100k partners).
  await tx.query(
    `with gaps as materialized (
       select p.id as partner_id, x.gap_key from unnest($3::text[], $4::text[]) as x(partner, gap_key)
       join partners p on p.org_id = $1 and p.external_id = x.partner)
     update remediation_items r set status = 'done', closed_on = $2
     where r.org_id = $1 and r.status in ('open', 'in_progress')
       and not exists (select 1 from gaps g where g.partner_id = r.partner_id and g.gap_key = r.gap_key)`,
    [orgId, asOf, col('partner'), col('key')],
  );
};

export type RemediationRow = RemediationItem;

export const listRemediation = (db: SqlClient, orgId: string, partner?: string): Promise<RemediationRow[]> =>
  db.query<RemediationRow>(
    `select r.number as id, p.external_id as partner, r.gap_key as "gapKey", r.gap_kind as "gapKind", r.gap, r.action,
            r.owner, r.mentor, r.bucket, r.due_on as "dueOn", r.status, r.opened_on as "openedOn", r.closed_on as "closedOn"
     from remediation_items r join partners p on p.org_id = r.org_id and p.id = r.partner_id
     where r.org_id = $1 and ($2::text is null or p.external_id = $2)
     order by p.external_id, r.due_on, r.number`,
    [orgId, partner ?? null],
  );

/** Updates one item (by its number within the org); returns it, or null when the org has no such item. */
export const updateRemediation = async (
  db: SqlClient,
  orgId: string,
  id: number,
  u: RemediationUpdate,
  today: string,
): Promise<RemediationRow | null> => {
  const rows = await db.query<{ number: number }>(
    `update remediation_items set
       status = coalesce($3, status), owner = coalesce($4, owner), mentor = coalesce($5, mentor),
       due_on = coalesce($6::date, due_on),
       closed_on = case when $3 in ('done', 'dropped') then coalesce(closed_on, $7::date)
                        when $3 in ('open', 'in_progress') then null else closed_on end
     where org_id = $1 and number = $2 returning number`,
    [orgId, id, u.status ?? null, u.owner ?? null, u.mentor ?? null, u.dueOn ?? null, today],
  );
  if (!rows.length) return null;
  return (await listRemediation(db, orgId)).find((r) => r.id === id) ?? null;
};

/**
 * Keeps what a scoring computed, for reading without recomputing: the report without the partner
 * rows (readiness_scorings) and each partner's row (tier_history.detail, remediation left out:
 * items change after the scoring and are read live).
 */
export const saveScoringReport = async (
  tx: SqlClient,
  orgId: string,
  report: ReadinessReport,
): Promise<void> => {
  const { partners, ...summary } = report;
  await tx.query(
    `insert into readiness_scorings (org_id, as_of, policy_sha256, summary) values ($1, $2, $3, $4)
     on conflict (org_id, as_of) do update set policy_sha256 = excluded.policy_sha256, summary = excluded.summary,
       created_at = now()`,
    [orgId, report.asOf, report.policy.sha256, JSON.stringify(summary)],
  );
  await tx.query(
    `update tier_history h set detail = x.detail::jsonb
     from unnest($3::text[], $4::text[]) as x(partner, detail)
     join partners p on p.org_id = $1 and p.external_id = x.partner
     where h.org_id = $1 and h.partner_id = p.id and h.as_of = $2`,
    [
      orgId,
      report.asOf,
      partners.map((p) => p.externalId),
      partners.map(({ remediation: _, ...p }) => JSON.stringify(p)),
    ],
  );
};
