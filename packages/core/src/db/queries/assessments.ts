/** Stored program assessments, addressed by their number within the org. */
import type { PerformanceQuery, PerformanceSortKey, ProgramReport } from '@trellis/contracts';
import { AppError } from '../../errors.ts';
import type { assessments, frameworks } from '../schema.ts';
import type { SqlClient } from '../sql-client.ts';
import { programAboveReadinessSql } from './tier-review-sql.ts';

/** The stored columns, and (written out: they are built in SQL) what is read from the report and around it. */
export type AssessmentSummaryRow = Pick<
  typeof assessments.$inferSelect,
  'number' | 'kind' | 'asOf' | 'status' | 'createdAt' | 'createdBy' | 'finalizedAt' | 'finalizedBy'
> & {
  overall: { score: number; band: string } | null;
  framework: Pick<typeof frameworks.$inferSelect, 'version' | 'sha256'>;
  /** The assessment "what changed" compares this one with (findPreviousAssessmentNumber's rule). */
  previous: number | null;
  /** Rows imported or changed per kind after the assessment was made: what it does not know. */
  importedSince: { entity: string; rows: number }[];
};

const summaryColumns = `a.number, a.kind, a.as_of as "asOf", a.status,
  a.dashboard->'summary'->'overall' as overall,
  json_build_object('version', f.version, 'sha256', f.sha256) as framework,
  a.created_at as "createdAt", a.created_by as "createdBy", a.finalized_at as "finalizedAt", a.finalized_by as "finalizedBy",
  (select b.number from assessments b where b.org_id = a.org_id and b.as_of < a.as_of
   order by b.as_of desc, b.number desc limit 1) as previous,
  (select coalesce(jsonb_agg(jsonb_build_object('entity', l.entity, 'rows', l.rows) order by l.entity), '[]'::jsonb)
   from (select entity, sum(inserted + updated)::int as rows from import_log
         where org_id = a.org_id and imported_at > a.created_at group by entity) l) as "importedSince"`;
const from = 'assessments a join frameworks f on f.org_id = a.org_id and f.sha256 = a.framework_sha256';

/**
 * Time order, newest first: the greatest as-of date, ties broken by the most recently made (the
 * higher number). "Latest" is the first in this order (docs/metrics.md, "Time").
 */
export const NEWEST_FIRST = 'as_of desc, number desc';

export const listAssessments = async (
  db: SqlClient,
  orgId: string,
  page: { limit: number; offset: number; status?: string },
): Promise<{ items: AssessmentSummaryRow[]; total: number }> => {
  const items = await db.query<AssessmentSummaryRow>(
    `select ${summaryColumns} from ${from} where a.org_id = $1 and ($2::text is null or a.status = $2)
     order by a.as_of desc, a.number desc limit $3 offset $4`,
    [orgId, page.status ?? null, page.limit, page.offset],
  );
  const [c] = await db.query<{ n: number }>(
    'select count(*)::int as n from assessments where org_id = $1 and ($2::text is null or status = $2)',
    [orgId, page.status ?? null],
  );
  return { items, total: c!.n };
};

/**
 * An assessment's number (`latest` resolved: the greatest as-of date) and the version of its row: PostgreSQL's xmin, which
 * changes whenever the row is written, so a cached document of the same version is still current.
 */
export const assessmentVersion = async (
  db: SqlClient,
  orgId: string,
  ref: number | 'latest',
): Promise<{ number: number; version: string } | undefined> =>
  (
    await db.query<{ number: number; version: string }>(
      `select number, xmin::text as version from assessments
       where org_id = $1 and ($2::int is null or number = $2) order by ${NEWEST_FIRST} limit 1`,
      [orgId, ref === 'latest' ? null : ref],
    )
  )[0];

/** The number `latest` stands for (the assessment of the greatest as-of date), or the number itself. */
export const resolveAssessmentNumber = async (db: SqlClient, orgId: string, ref: number | 'latest') => {
  if (ref !== 'latest') return ref;
  const [row] = await db.query<{ n: number }>(
    `select number as n from assessments where org_id = $1 order by ${NEWEST_FIRST} limit 1`,
    [orgId],
  );
  return row?.n;
};

/**
 * The assessment "what changed" compares `number` with: the newest of those with an earlier as-of
 * date (an assessment of the same date is a redo, not the quarter before).
 */
export const findPreviousAssessmentNumber = async (
  db: SqlClient,
  orgId: string,
  number: number,
): Promise<number | undefined> =>
  (
    await db.query<{ n: number }>(
      `select number as n from assessments
       where org_id = $1 and as_of < (select as_of from assessments where org_id = $1 and number = $2)
       order by ${NEWEST_FIRST} limit 1`,
      [orgId, number],
    )
  )[0]?.n;

export const findAssessmentSummary = async (db: SqlClient, orgId: string, number: number) =>
  (
    await db.query<AssessmentSummaryRow>(
      `select ${summaryColumns} from ${from} where a.org_id = $1 and a.number = $2`,
      [orgId, number],
    )
  )[0];

/** The stored JSON as text, sent to clients as it is (no parse and re-serialise per request). */
export const findAssessmentJsonText = async (
  db: SqlClient,
  orgId: string,
  number: number,
  column: 'result' | 'dashboard',
): Promise<string | undefined> =>
  (
    await db.query<{ doc: string }>(
      `select (${column === 'result' ? 'result' : 'coalesce(dashboard, result)'})::text as doc from assessments
       where org_id = $1 and number = $2`,
      [orgId, number],
    )
  )[0]?.doc;

/** The brief a stored assessment was made from (with the assessor's scores as they stand). */
export const findAssessmentBrief = async (db: SqlClient, orgId: string, number: number) =>
  (
    await db.query<{ brief: Record<string, unknown> }>(
      'select brief from assessments where org_id = $1 and number = $2',
      [orgId, number],
    )
  )[0]?.brief;

/** One criterion of a stored report, with its signal and the partners behind it. */
/** One criterion of a stored report (its scorecard holds them), as the report stores it. */
export type StoredCriterion = ProgramReport['scorecard'][number]['criteria'][number];

export const findCriterion = async (
  db: SqlClient,
  orgId: string,
  number: number,
  criterion: string,
): Promise<StoredCriterion | null | undefined> =>
  (
    await db.query<{ c: StoredCriterion | null }>(
      `select jsonb_path_query_first(result, '$.scorecard[*].criteria[*] ? (@.id == $id)', jsonb_build_object('id', $3::text)) as c
       from assessments where org_id = $1 and number = $2`,
      [orgId, number, criterion],
    )
  )[0]?.c;

/** The stored columns; the jsonb report typed as the contract it was stored as, and its framework. */
export type AssessmentForUpdate = Pick<
  typeof assessments.$inferSelect,
  'id' | 'status' | 'asOf' | 'brief'
> & {
  result: ProgramReport;
  framework: Pick<typeof frameworks.$inferSelect, 'content' | 'sha256' | 'version'>;
};

/** A stored assessment with what recomputing it needs, locked for the transaction. */
export const lockAssessment = async (
  tx: SqlClient,
  orgId: string,
  number: number,
): Promise<AssessmentForUpdate | undefined> =>
  (
    await tx.query<AssessmentForUpdate>(
      `select a.id, a.status, a.as_of as "asOf", a.brief, a.result,
              json_build_object('content', f.content, 'sha256', f.sha256, 'version', f.version) as framework
       from ${from} where a.org_id = $1 and a.number = $2 for update of a`,
      [orgId, number],
    )
  )[0];

export const markFinal = async (tx: SqlClient, orgId: string, number: number, by: string): Promise<void> => {
  await tx.query(
    `update assessments set status = 'final', finalized_at = now(), finalized_by = $3 where org_id = $1 and number = $2`,
    [orgId, number, by],
  );
};

/** A performance row `r` whose program tier is above its readiness tier. */
const PROGRAM_ABOVE_READINESS = programAboveReadinessSql(`r->>'programTier'`, `r->'readiness'->>'tier'`);

const SORTABLE: Record<PerformanceSortKey, string> = {
  name: `r->>'name'`,
  externalId: `r->>'externalId'`,
  pipeline: `(r->>'pipeline')::float8`,
  revenue: `(r->>'revenue')::float8`,
  deals: `(r->>'deals')::int`,
  satisfaction: `(r->>'satisfaction')::float8`,
  timeToFirstDealDays: `(r->>'timeToFirstDealDays')::int`,
  health: `r->>'health'`,
  engagement: `r->>'engagement'`,
  activitiesRecent: `(r->>'activitiesRecent')::int`,
};

/** One page of an assessment's performance table, filtered and sorted in SQL. */
export const pagePerformance = async (
  db: SqlClient,
  orgId: string,
  number: number,
  q: PerformanceQuery,
): Promise<{ items: ProgramReport['performance']['partners']; total: number }> => {
  const key = (q.sort?.replace(/^-/, '') ?? 'revenue') as PerformanceSortKey;
  // The route checks the key; a column name never comes from the caller's text.
  if (!Object.hasOwn(SORTABLE, key)) throw new AppError('INVALID_INPUT', `Cannot sort by ${key}`);
  const dir = q.sort ? (q.sort.startsWith('-') ? 'desc' : 'asc') : 'desc';
  const rows = await db.query<{ r: ProgramReport['performance']['partners'][number]; total: number }>(
    `select r, count(*) over ()::int as total
     from assessments a, jsonb_array_elements(a.result->'performance'->'partners') r
     where a.org_id = $1 and a.number = $2
       and ($3::text is null or r->>'health' = $3) and ($4::text is null or r->>'type' = $4)
       and ($5::text is null or r->>'engagement' = $5)
       and ($6::text is null or lower(coalesce(r->>'programTier', 'none')) = lower($6))
       and ($12::text is null or lower(coalesce(r->'readiness'->>'tier', 'none')) = lower($12))
       and (not $13::boolean or ${PROGRAM_ABOVE_READINESS})
       and ($7::text is null or r->>'name' ilike $7 or r->>'externalId' ilike $7)
       and ($8::text is null or r->>'externalId' = $8)
       and ($9::text is null or exists (select 1 from partners p
             where p.org_id = a.org_id and p.external_id = r->>'externalId' and p.region = $9))
     order by ${SORTABLE[key]} ${dir} nulls last, r->>'externalId'
     limit $10 offset $11`,
    [
      orgId,
      number,
      q.health ?? null,
      q.type ?? null,
      q.engagement ?? null,
      q.programTier ?? null,
      q.q ? `%${q.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%` : null,
      q.partner ?? null,
      q.region ?? null,
      q.limit,
      q.offset,
      q.readinessTier ?? null,
      q.review ?? false,
    ],
  );
  return { items: rows.map((x) => x.r), total: rows[0]?.total ?? 0 };
};
