/**
 * Persists one scoring: the tier in effect per partner for the as-of date (the grace period reads
 * it next time) and the remediation items reconciled with the gaps found — new gaps open items,
 * closed gaps close theirs, reappearing gaps reopen them. Set-based: one statement each.
 */
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

export const reconcileRemediation = async (
  tx: SqlClient,
  orgId: string,
  asOf: string,
  gaps: (RemediationGap & { partner: string })[],
): Promise<void> => {
  const col = <K extends keyof (RemediationGap & { partner: string })>(k: K) => gaps.map((g) => g[k]);
  await tx.query(
    `insert into remediation_items
       (org_id, partner_id, gap_key, gap_kind, gap, action, owner, mentor, bucket, due_on, status, opened_on)
     select $1, p.id, x.gap_key, x.gap_kind, x.gap, x.action, x.owner, x.mentor, x.bucket, x.due_on::date, 'open', $2
     from unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])
       as x(partner, gap_key, gap_kind, gap, action, owner, mentor, bucket, due_on)
     join partners p on p.org_id = $1 and p.external_id = x.partner
     on conflict (org_id, partner_id, gap_key) do update set
       gap = excluded.gap, action = excluded.action,
       status = case when remediation_items.status = 'done' then 'open' else remediation_items.status end,
       opened_on = case when remediation_items.status = 'done' then excluded.opened_on else remediation_items.opened_on end,
       due_on = case when remediation_items.status = 'done' then excluded.due_on else remediation_items.due_on end,
       closed_on = case when remediation_items.status = 'done' then null else remediation_items.closed_on end`,
    [
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
    ],
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
    `select r.id, p.external_id as partner, r.gap_key as "gapKey", r.gap_kind as "gapKind", r.gap, r.action,
            r.owner, r.mentor, r.bucket, r.due_on as "dueOn", r.status, r.opened_on as "openedOn", r.closed_on as "closedOn"
     from remediation_items r join partners p on p.org_id = r.org_id and p.id = r.partner_id
     where r.org_id = $1 and ($2::text is null or p.external_id = $2)
     order by p.external_id, r.due_on, r.id`,
    [orgId, partner ?? null],
  );

export interface RemediationUpdate {
  status?: RemediationRow['status'];
  owner?: string;
  mentor?: string;
  dueOn?: string;
}

/** Updates one item; returns it, or null when no item has that id in this org. */
export const updateRemediation = async (
  db: SqlClient,
  orgId: string,
  id: number,
  u: RemediationUpdate,
  today: string,
): Promise<RemediationRow | null> => {
  const rows = await db.query<{ id: number }>(
    `update remediation_items set
       status = coalesce($3, status), owner = coalesce($4, owner), mentor = coalesce($5, mentor),
       due_on = coalesce($6::date, due_on),
       closed_on = case when $3 in ('done', 'dropped') then coalesce(closed_on, $7::date)
                        when $3 in ('open', 'in_progress') then null else closed_on end
     where org_id = $1 and id = $2 returning id`,
    [orgId, id, u.status ?? null, u.owner ?? null, u.mentor ?? null, u.dueOn ?? null, today],
  );
  if (!rows.length) return null;
  return (await listRemediation(db, orgId)).find((r) => r.id === id) ?? null;
};
