/**
 * Program assessments: the framework files they pin, the stored reports, criterion scores, plan
 * progress.
 */
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { orgId, scopedOrgId } from './orgs.ts';
/** Every framework file used by an assessment, pinned by content hash. */
export const frameworks = pgTable(
  'frameworks',
  {
    orgId: orgId(),
    sha256: text('sha256').notNull(),
    kind: text('kind').notNull(),
    version: text('version').notNull(),
    content: jsonb('content').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.sha256] }),
    index('frameworks_kind').on(t.orgId, t.kind, t.version),
  ],
);

export const assessments = pgTable(
  'assessments',
  {
    orgId: orgId(),
    id: integer('id').generatedAlwaysAsIdentity(),
    kind: text('kind').notNull(),
    frameworkSha256: text('framework_sha256').notNull(),
    asOf: date('as_of').notNull(),
    /** The assessment's number within its org: what clients see (ids reveal nothing across orgs). */
    number: integer('number').notNull(),
    status: text('status', { enum: ['draft', 'final'] })
      .notNull()
      .default('draft'),
    brief: jsonb('brief').notNull(),
    result: jsonb('result').notNull(),
    /** The report without the per-partner performance rows: what a dashboard reads (small at any size). */
    dashboard: jsonb('dashboard'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    createdBy: text('created_by'),
    finalizedAt: timestamp('finalized_at', { withTimezone: true, mode: 'string' }),
    finalizedBy: text('finalized_by'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique('assessments_org_number').on(t.orgId, t.number),
    foreignKey({
      name: 'assessments_framework_fk',
      columns: [t.orgId, t.frameworkSha256],
      foreignColumns: [frameworks.orgId, frameworks.sha256],
    }),
    check('assessments_status', sql`${t.status} in ('draft','final')`),
  ],
);

export const assessmentScores = pgTable(
  'assessment_scores',
  {
    orgId: scopedOrgId(),
    assessmentId: integer('assessment_id').notNull(),
    criterionId: text('criterion_id').notNull(),
    signalMetric: text('signal_metric'),
    signalValue: doublePrecision('signal_value'),
    suggested: smallint('suggested'),
    manual: smallint('manual'),
    manualReason: text('manual_reason'),
    final: smallint('final').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.assessmentId, t.criterionId] }),
    foreignKey({
      name: 'assessment_scores_assessment_fk',
      columns: [t.orgId, t.assessmentId],
      foreignColumns: [assessments.orgId, assessments.id],
    }).onDelete('cascade'),
    check('assessment_scores_final', sql`${t.final} between 1 and 5`),
  ],
);

/** A person's demonstrated level in one competency, scored by an assessor against a rubric version. */
/**
 * Progress on the actions of an assessment's 30/60/90-day plan, one row per action whose status
 * someone set (an action without a row is "todo"). The stored report carries the same status.
 */
export const assessmentPlanStatus = pgTable(
  'assessment_plan_status',
  {
    orgId: scopedOrgId(),
    assessmentId: integer('assessment_id').notNull(),
    action: text('action').notNull(),
    status: text('status', { enum: ['todo', 'in_progress', 'done'] }).notNull(),
    /** Who carries the action (a name, as people write it); null until someone is named. */
    owner: text('owner'),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedBy: text('updated_by').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.assessmentId, t.action] }),
    foreignKey({
      name: 'assessment_plan_status_assessment_fk',
      columns: [t.orgId, t.assessmentId],
      foreignColumns: [assessments.orgId, assessments.id],
    }).onDelete('cascade'),
    check('assessment_plan_status_status', sql`${t.status} in ('todo','in_progress','done')`),
  ],
);
