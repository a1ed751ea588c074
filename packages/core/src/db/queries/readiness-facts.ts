import type { CompetencyFramework, Role } from '../../domain/competency-framework.ts';
import { roles } from '../../domain/competency-framework.ts';
import { addDays } from '../../domain/dates.ts';
import type { QualifiedByLevel, ReadinessFacts } from '../../domain/readiness-facts.ts';
import type { SqlClient } from '../sql-client.ts';
import { READINESS_FACTS_SQL } from './readiness-facts.sql.ts';

/** Written out, not inferred: one aggregate row per partner, computed by READINESS_FACTS_SQL. */
interface Row {
  external_id: string;
  name: string;
  type: string;
  owner: string | null;
  program_tier: string | null;
  levels: Record<string, number> | string;
  qualified: Record<string, number[]> | string;
  open_opps: number;
  active_projects: number;
  csat_n: number;
  csat: number | null;
  defects_n: number;
  defects: number | null;
  ttl_n: number;
  ttl: number | null;
  renewed_n: number;
  renewed: number | null;
  expanded_n: number;
  expanded: number | null;
  decided: number;
  won: number;
  reference_dates: string[];
  has_previous: boolean;
  previous_tier: string | null;
  periods_below: number;
}

/** jsonb arrives parsed on PGlite and node-postgres alike; accept text defensively. */
const json = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

const toFacts = (r: Row): ReadinessFacts => {
  const q = json(r.qualified);
  return {
    externalId: r.external_id,
    name: r.name,
    type: r.type,
    owner: r.owner,
    programTier: r.program_tier,
    competencyLevels: json(r.levels),
    qualified: Object.fromEntries(
      roles.map((role) => [role, (q[role] ?? [0, 0, 0, 0]).map(Number) as QualifiedByLevel]),
    ) as Record<Role, QualifiedByLevel>,
    openOpportunities: r.open_opps,
    activeProjects: r.active_projects,
    outcomes: {
      csat: { n: r.csat_n, value: r.csat },
      defect_rate: { n: r.defects_n, value: r.defects },
      time_to_live: { n: r.ttl_n, value: r.ttl },
      renewal_rate: { n: r.renewed_n, value: r.renewed },
      expansion_rate: { n: r.expanded_n, value: r.expanded },
      win_rate: { n: r.decided, value: r.decided ? r.won / r.decided : null },
    },
    referenceDates: r.reference_dates,
    previous: r.has_previous ? { tier: r.previous_tier, periodsBelow: r.periods_below } : null,
  };
};

/** Loads the per-partner readiness aggregates for one org as of a date (one query). */
export const loadReadinessFacts = async (
  db: SqlClient,
  orgId: string,
  asOf: string,
  outcomeWindowDays: number,
  framework: CompetencyFramework,
): Promise<ReadinessFacts[]> => {
  const comps = framework.roles.flatMap((r) => r.competencies.map((c) => [c.id, r.id] as const));
  const rows = await db.query<Row>(READINESS_FACTS_SQL, [
    orgId,
    asOf,
    addDays(asOf, -outcomeWindowDays),
    framework.validityDays,
    comps.map(([c]) => c),
    comps.map(([, r]) => r),
  ]);
  return rows.map(toFacts);
};
