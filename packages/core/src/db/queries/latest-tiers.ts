import type { tierHistory } from '../schema.ts';
import type { SqlClient } from '../sql-client.ts';

type TierHistoryRow = typeof tierHistory.$inferSelect;

/** A stored scoring of one partner; `tier` is the tier in effect (the `effective` column). */
export type PartnerTier = Pick<TierHistoryRow, 'earned' | 'composite' | 'asOf'> & {
  tier: TierHistoryRow['effective'];
};

/** The latest readiness scoring on or before T per partner external id. */
export const loadLatestTiers = async (
  db: SqlClient,
  orgId: string,
  asOf: string,
): Promise<Map<string, PartnerTier>> => {
  const rows = await db.query<PartnerTier & { partner: string }>(
    `select distinct on (h.partner_id) p.external_id as partner, h.effective as tier, h.earned, h.composite, h.as_of as "asOf"
     from tier_history h join partners p on p.org_id = h.org_id and p.id = h.partner_id
     where h.org_id = $1 and h.as_of <= $2
     order by h.partner_id, h.as_of desc`,
    [orgId, asOf],
  );
  return new Map(rows.map(({ partner, ...t }) => [partner, t]));
};
