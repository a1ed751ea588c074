import type { CriterionScore } from '../../domain/criterion-scores.ts';
import type { SqlClient } from '../sql-client.ts';
import { lockOrgCounter } from './save-readiness.ts';

export interface AssessmentRecord {
  orgId: string;
  kind: 'program';
  framework: { kind: string; version: string; sha256: string; content: unknown };
  asOf: string;
  brief: unknown;
  result: unknown;
  criteria: CriterionScore[];
  createdBy?: string;
}

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
    `insert into assessments (org_id, number, kind, framework_sha256, as_of, status, brief, result, created_by)
     values ($1, (select coalesce(max(number), 0) + 1 from assessments where org_id = $1), $2, $3, $4, 'draft', $5, $6, $7)
     returning id, number`,
    [
      rec.orgId,
      rec.kind,
      rec.framework.sha256,
      rec.asOf,
      JSON.stringify(rec.brief),
      JSON.stringify(rec.result),
      rec.createdBy ?? null,
    ],
  );
  const scored = rec.criteria.filter((c) => c.final !== null);
  await tx.query(
    `insert into assessment_scores
       (org_id, assessment_id, criterion_id, signal_metric, signal_value, suggested, manual, manual_reason, final)
     select $1, $2, * from unnest($3::text[], $4::text[], $5::float8[], $6::int2[], $7::int2[], $8::text[], $9::int2[])`,
    [
      rec.orgId,
      row!.id,
      scored.map((c) => c.id),
      scored.map((c) => c.signal?.metric ?? null),
      scored.map((c) => c.signal?.value ?? null),
      scored.map((c) => c.suggested),
      scored.map((c) => c.manual?.score ?? null),
      scored.map((c) => c.manual?.reason ?? null),
      scored.map((c) => c.final),
    ],
  );
  return row!.number;
};
