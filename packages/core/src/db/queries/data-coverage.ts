/** What an org holds of each kind of record: count and date span (one statement, index-backed counts). */
import type { DataCoverage, RecordKind } from '../../domain/record-kinds.ts';
import type { SqlClient } from '../sql-client.ts';

/** Each kind's table and the date that places its records in time (null: it has none). */
const SOURCES: Record<RecordKind, { table: string; date: string | null }> = {
  partners: { table: 'partners', date: 'joined_on' },
  people: { table: 'partner_people', date: 'started_on' },
  opportunities: { table: 'opportunities', date: 'created_on' },
  activities: { table: 'activities', date: 'occurred_on' },
  surveys: { table: 'surveys', date: 'responded_on' },
  meetings: { table: 'meetings', date: 'scheduled_on' },
  evaluations: { table: 'evaluations', date: 'evaluated_on' },
  evidence: { table: 'evaluation_evidence', date: null },
  projects: { table: 'delivery_projects', date: 'started_on' },
  references: { table: 'customer_references', date: 'referenced_on' },
};

/**
 * Each kind's count and date span. With `asOf` (an assessment's date T), only what was dated on or
 * before T: records imported later for later dates never change an earlier date's report (evidence,
 * undated, counts with its evaluation's date); `newest` is then the span's end (freshness).
 */
export const loadDataCoverage = async (
  db: SqlClient,
  orgId: string,
  asOf?: string,
): Promise<DataCoverage> => {
  const parts = Object.entries(SOURCES).map(([kind, { table, date }]) => {
    const upTo = date
      ? `($2::date is null or ${date} <= $2::date)`
      : `($2::date is null or exists (select 1 from evaluations e where e.org_id = x.org_id and e.id = x.evaluation_id and e.evaluated_on <= $2::date))`;
    return `select '${kind}' as kind, count(*)::int as rows, ${date ? `min(${date})::text` : 'null'} as "from", ${
      date ? `max(${date})::text` : 'null'
    } as "to", ${date ? `max(${date}) filter (where ${date} <= $2::date)::text` : 'null'} as newest
       from ${table} x where org_id = $1 and ${upTo}`;
  });
  const rows = await db.query<{
    kind: RecordKind;
    rows: number;
    from: string | null;
    to: string | null;
    newest: string | null;
  }>(parts.join(' union all '), [orgId, asOf ?? null]);
  return Object.fromEntries(rows.map(({ kind, ...c }) => [kind, c])) as DataCoverage;
};
