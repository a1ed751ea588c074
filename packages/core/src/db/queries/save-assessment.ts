import type { ProgramReport } from '@trellis/contracts';
import type { CriterionScore } from '../../domain/criterion-scores.ts';
import type { SqlClient } from '../sql-client.ts';
import { lockOrgCounter } from './save-readiness.ts';

export interface AssessmentRecord {
  orgId: string;
  kind: 'program';
  framework: { kind: string; version: string; sha256: string; content: unknown };
  asOf: string;
  brief: unknown;
  result: ProgramReport;
  criteria: CriterionScore[];
  createdBy?: string;
}

/** At-risk relationships a dashboard lists (the report's first ones; the rest are paged by health). */
export const DASHBOARD_AT_RISK = 25;

/**
 * The report without its per-partner rows and per-criterion unit lists, and with the first
 * at-risk relationships only: what dashboards read, small at any number of partners (the rows are
 * paged, filtered by health; a criterion's records are read one at a time).
 */
const dashboardOf = (report: ProgramReport): ProgramReport => ({
  ...report,
  portfolio: { ...report.portfolio, atRisk: report.portfolio.atRisk.slice(0, DASHBOARD_AT_RISK) },
  scorecard: report.scorecard.map((d) => ({
    ...d,
    criteria: d.criteria.map((c) => {
      if (!c.signal?.units) return c;
      const { units: _, ...signal } = c.signal;
      return { ...c, signal };
    }),
  })),
  performance: { ...report.performance, partners: [] },
});

const saveScores = async (tx: SqlClient, orgId: string, assessmentId: number, criteria: CriterionScore[]) => {
  await tx.query('delete from assessment_scores where org_id = $1 and assessment_id = $2', [
    orgId,
    assessmentId,
  ]);
  const scored = criteria.filter((c) => c.final !== null);
  await tx.query(
    `insert into assessment_scores
       (org_id, assessment_id, criterion_id, signal_metric, signal_value, suggested, manual, manual_reason, final)
     select $1, $2, * from unnest($3::text[], $4::text[], $5::float8[], $6::int2[], $7::int2[], $8::text[], $9::int2[])`,
    [
      orgId,
      assessmentId,
      scored.map((c) => c.id),
      scored.map((c) => c.signal?.metric ?? null),
      scored.map((c) => c.signal?.value ?? null),
      scored.map((c) => c.suggested),
      scored.map((c) => c.manual?.score ?? null),
      scored.map((c) => c.manual?.reason ?? null),
      scored.map((c) => c.final),
    ],
  );
};

/**
 * Stores the framework (once per content hash), the assessment and its criterion scores; returns
 * the assessment's number within its org.
 */
export const saveAssessment = async (tx: SqlClient, rec: AssessmentRecord): Promise<number> => {
  await tx.query(
    `insert into frameworks (org_id, sha256, kind, version, content) values ($1, $2, $3, $4, $5)
     on conflict (org_id, sha256) do nothing`,
    [
      rec.orgId,
      rec.framework.sha256,
      rec.framework.kind,
      rec.framework.version,
      JSON.stringify(rec.framework.content),
    ],
  );
  await lockOrgCounter(tx, rec.orgId, 'assessments');
  const [row] = await tx.query<{ id: number; number: number }>(
    `insert into assessments (org_id, number, kind, framework_sha256, as_of, status, brief, result, dashboard, created_by)
     values ($1, (select coalesce(max(number), 0) + 1 from assessments where org_id = $1), $2, $3, $4, 'draft', $5, $6, $7, $8)
     returning id, number`,
    [
      rec.orgId,
      rec.kind,
      rec.framework.sha256,
      rec.asOf,
      JSON.stringify(rec.brief),
      JSON.stringify(rec.result),
      JSON.stringify(dashboardOf(rec.result)),
      rec.createdBy ?? null,
    ],
  );
  await saveScores(tx, rec.orgId, row!.id, rec.criteria);
  return row!.number;
};

/** Replaces a draft's brief, report and scores after a recomputation (an override). */
export const updateAssessmentResult = async (
  tx: SqlClient,
  orgId: string,
  number: number,
  rec: { brief: unknown; result: ProgramReport; criteria: CriterionScore[] },
): Promise<void> => {
  const [row] = await tx.query<{ id: number }>(
    `update assessments set brief = $3, result = $4, dashboard = $5
     where org_id = $1 and number = $2 and status = 'draft' returning id`,
    [
      orgId,
      number,
      JSON.stringify(rec.brief),
      JSON.stringify(rec.result),
      JSON.stringify(dashboardOf(rec.result)),
    ],
  );
  await saveScores(tx, orgId, row!.id, rec.criteria);
};
