/** Reading stored readiness scorings (written by save-readiness.ts) without recomputing them. */
import type { ReadinessReport, TierRow } from '@trellis/contracts';
import type { SqlClient } from '../sql-client.ts';
import { programAboveReadinessSql } from './tier-review-sql.ts';

/** A scoring as stored: the readiness report without its partner rows. */
export type StoredReadinessSummary = Omit<ReadinessReport, 'partners'>;
export type PartnerReadinessDetail = Omit<ReadinessReport['partners'][number], 'remediation'>;

/** The latest scoring on or before `asOf` (or the latest of all). */
export const latestScoringDate = async (
  db: SqlClient,
  orgId: string,
  asOf?: string,
): Promise<string | undefined> =>
  (
    await db.query<{ asOf: string | null }>(
      `select max(as_of) as "asOf" from readiness_scorings where org_id = $1 and ($2::date is null or as_of <= $2)`,
      [orgId, asOf ?? null],
    )
  )[0]?.asOf ?? undefined;

export const scoringSummary = async (
  db: SqlClient,
  orgId: string,
  asOf: string,
): Promise<StoredReadinessSummary | undefined> =>
  (
    await db.query<{ summary: StoredReadinessSummary }>(
      'select summary from readiness_scorings where org_id = $1 and as_of = $2',
      [orgId, asOf],
    )
  )[0]?.summary;

export const scoringDates = (db: SqlClient, orgId: string): Promise<{ asOf: string; createdAt: string }[]> =>
  db.query(
    'select as_of as "asOf", created_at as "createdAt" from readiness_scorings where org_id = $1 order by as_of desc',
    [orgId],
  );

/** A scoring's program tier of the partner: as it reported it, else (older scorings) the current one. */
const PROGRAM_TIER = `case when h.detail ? 'programTier' then h.detail->>'programTier' else p.tier end`;
const REVIEW = programAboveReadinessSql(PROGRAM_TIER, 'h.effective');

/** The partners of one scoring, a page at a time, filtered by tier or review, sorted in SQL. */
export const pageTiers = async (
  db: SqlClient,
  orgId: string,
  asOf: string,
  q: { tier?: string; review?: boolean; partnerId?: number; sort?: string; limit: number; offset: number },
): Promise<{ items: TierRow[]; total: number }> => {
  const sorts: Record<string, string> = {
    composite: 'h.composite',
    name: 'p.name',
    externalId: 'p.external_id',
    tier: `coalesce(h.effective, '')`,
  };
  const key = q.sort?.replace(/^-/, '') ?? 'composite';
  const dir = q.sort ? (q.sort.startsWith('-') ? 'desc' : 'asc') : 'desc';
  const rows = await db.query<TierRow & { total: number }>(
    `select p.external_id as "externalId", p.name, p.type, h.effective as tier, h.earned,
            ${PROGRAM_TIER} as "programTier", ${REVIEW} as "tierReview", h.composite,
            h.detail->>'change' as change, (h.detail->>'skills')::float8 as skills,
            (h.detail->>'capacity')::float8 as capacity, (h.detail->>'outcomes')::float8 as outcomes,
            h.detail->'nextTier'->>'tier' as "nextTier", count(*) over ()::int as total
     from tier_history h join partners p on p.org_id = h.org_id and p.id = h.partner_id
     where h.org_id = $1 and h.as_of = $2 and ($3::text is null or coalesce(h.effective, 'none') = $3)
       and ($4::int is null or h.partner_id = $4) and (not $7::boolean or ${REVIEW})
     order by ${sorts[key] ?? sorts.composite} ${dir} nulls last, p.external_id limit $5 offset $6`,
    [orgId, asOf, q.tier ?? null, q.partnerId ?? null, q.limit, q.offset, q.review ?? false],
  );
  return { items: rows.map(({ total: _, ...r }) => r), total: rows[0]?.total ?? 0 };
};

/**
 * One partner's row of the latest scoring on or before `asOf`, in one statement: undefined when no
 * such partner is visible (`onlyPartnerId` set for partner users); `asOf` null when nothing was scored.
 */
export const partnerReadinessRow = async (
  db: SqlClient,
  orgId: string,
  externalId: string,
  asOf: string | undefined,
  onlyPartnerId: number | undefined,
): Promise<{ asOf: string | null; detail: PartnerReadinessDetail | null } | undefined> =>
  (
    await db.query<{ asOf: string | null; detail: PartnerReadinessDetail | null }>(
      `select s.as_of as "asOf", h.detail
       from partners p
       cross join (select max(as_of) as as_of from readiness_scorings
                   where org_id = $1 and ($3::date is null or as_of <= $3)) s
       left join tier_history h on h.org_id = p.org_id and h.partner_id = p.id and h.as_of = s.as_of
       where p.org_id = $1 and p.external_id = $2 and ($4::int is null or p.id = $4)`,
      [orgId, externalId, asOf ?? null, onlyPartnerId ?? null],
    )
  )[0];

/** Every partner's row of the scoring of `asOf` (tier_history.detail), by external id. */
export const scoringPartnerDetails = async (
  db: SqlClient,
  orgId: string,
  asOf: string,
): Promise<PartnerReadinessDetail[]> =>
  (
    await db.query<{ detail: PartnerReadinessDetail }>(
      `select h.detail from tier_history h join partners p on p.org_id = h.org_id and p.id = h.partner_id
       where h.org_id = $1 and h.as_of = $2 and h.detail is not null order by p.external_id`,
      [orgId, asOf],
    )
  ).map((r) => r.detail);
