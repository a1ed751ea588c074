/**
 * Governance of the readiness program (issue 18): spot audits of passing evaluations and
 * calibration sessions. Rules: docs/governance.md, "Spot audits" and "Calibration sessions".
 */
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  check,
  date,
  doublePrecision,
  foreignKey,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { auditOutcomes } from '../../domain/audits/audit-outcome.ts';
import { MEASUREMENT_LEVELS } from '../../domain/calibration/rating.ts';
import { orgId, scopedOrgId } from './orgs.ts';
import { evaluations } from './records.ts';

/** A calibration session is open for ratings until a program manager closes it. */
export const calibrationStatuses = ['open', 'closed'] as const;

/** One draw: its quarter (the as-of date's), share and seed — enough to make the draw again. */
export const spotAudits = pgTable(
  'spot_audits',
  {
    orgId: orgId(),
    /** The audit's number within its org: what clients see. */
    number: integer('number').notNull(),
    asOf: date('as_of').notNull(),
    quarterStart: date('quarter_start').notNull(),
    share: doublePrecision('share').notNull(),
    /** An unsigned 32-bit integer (beyond int4). */
    seed: bigint('seed', { mode: 'number' }).notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.number] }),
    check('spot_audits_share', sql`${t.share} > 0 and ${t.share} <= 1`),
    check('spot_audits_seed', sql`${t.seed} between 0 and 4294967295`),
  ],
);

/**
 * One drawn evaluation: its stratum and level when drawn, and the auditor's decision (null until
 * taken; taken once).
 */
export const spotAuditItems = pgTable(
  'spot_audit_items',
  {
    orgId: scopedOrgId(),
    auditNumber: integer('audit_number').notNull(),
    evaluationId: integer('evaluation_id').notNull(),
    /** The stratum: the partner's readiness tier in effect at the draw (null: none) × the assessor. */
    tier: text('tier'),
    assessor: text('assessor').notNull(),
    competency: text('competency').notNull(),
    levelDrawn: smallint('level_drawn').notNull(),
    outcome: text('outcome', { enum: auditOutcomes }),
    newLevel: smallint('new_level'),
    reason: text('reason'),
    auditor: text('auditor'),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.auditNumber, t.evaluationId] }),
    foreignKey({
      name: 'spot_audit_items_audit_fk',
      columns: [t.orgId, t.auditNumber],
      foreignColumns: [spotAudits.orgId, spotAudits.number],
    }),
    foreignKey({
      name: 'spot_audit_items_evaluation_fk',
      columns: [t.orgId, t.evaluationId],
      foreignColumns: [evaluations.orgId, evaluations.id],
    }),
    check('spot_audit_items_outcome', sql`${t.outcome} in ('upheld','overturned')`),
    check(
      'spot_audit_items_decided',
      sql`(${t.outcome} is null) = (${t.decidedAt} is null) and (${t.outcome} = 'overturned') = (${t.newLevel} is not null)`,
    ),
  ],
);

/**
 * A calibration session (docs/governance.md, "Calibration sessions"): evaluations' evidence rated
 * blind by several assessors; alpha, drift and flags once closed. The seed makes the results'
 * bootstrap interval the same on every read.
 */
export const calibrationSessions = pgTable(
  'calibration_sessions',
  {
    orgId: orgId(),
    /** The session's number within its org: what clients see. */
    number: integer('number').notNull(),
    name: text('name').notNull(),
    /** How rubric levels compare in alpha: ordinal by default (competency levels are ordered). */
    level: text('level', { enum: MEASUREMENT_LEVELS }).notNull().default('ordinal'),
    status: text('status', { enum: calibrationStatuses }).notNull().default('open'),
    /** An unsigned 32-bit integer (beyond int4). */
    seed: bigint('seed', { mode: 'number' }).notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    closedBy: text('closed_by'),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.number] }),
    check('calibration_sessions_level', sql`${t.level} in ('nominal','ordinal','interval')`),
    check('calibration_sessions_status', sql`${t.status} in ('open','closed')`),
    check('calibration_sessions_closed', sql`(${t.status} = 'closed') = (${t.closedAt} is not null)`),
    check('calibration_sessions_seed', sql`${t.seed} between 0 and 4294967295`),
  ],
);

const sessionFk = (name: string, t: { orgId: AnyPgColumn; sessionNumber: AnyPgColumn }) =>
  foreignKey({
    name,
    columns: [t.orgId, t.sessionNumber],
    foreignColumns: [calibrationSessions.orgId, calibrationSessions.number],
  });

/**
 * What is rated: one evaluation's evidence, keyed by the evaluation's external id. Its competency
 * and rubric version are kept as chosen, so results group and levels check as the session began.
 */
export const calibrationUnits = pgTable(
  'calibration_units',
  {
    orgId: scopedOrgId(),
    sessionNumber: integer('session_number').notNull(),
    unit: text('unit').notNull(),
    evaluationId: integer('evaluation_id').notNull(),
    competency: text('competency').notNull(),
    rubricVersion: text('rubric_version').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.sessionNumber, t.unit] }),
    sessionFk('calibration_units_session_fk', t),
    foreignKey({
      name: 'calibration_units_evaluation_fk',
      columns: [t.orgId, t.evaluationId],
      foreignColumns: [evaluations.orgId, evaluations.id],
    }),
  ],
);

/**
 * Who rates: members of the org (by user id). No foreign key to users: a session's record outlives
 * a membership, and a rating stays attributable to whoever gave it.
 */
export const calibrationRaters = pgTable(
  'calibration_raters',
  {
    orgId: scopedOrgId(),
    sessionNumber: integer('session_number').notNull(),
    userId: uuid('user_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.sessionNumber, t.userId] }),
    sessionFk('calibration_raters_session_fk', t),
  ],
);

/** One rater's level for one unit: given once (the key), never changed. */
export const calibrationRatings = pgTable(
  'calibration_ratings',
  {
    orgId: scopedOrgId(),
    sessionNumber: integer('session_number').notNull(),
    unit: text('unit').notNull(),
    rater: uuid('rater').notNull(),
    value: smallint('value').notNull(),
    ratedAt: timestamp('rated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.sessionNumber, t.unit, t.rater] }),
    foreignKey({
      name: 'calibration_ratings_unit_fk',
      columns: [t.orgId, t.sessionNumber, t.unit],
      foreignColumns: [calibrationUnits.orgId, calibrationUnits.sessionNumber, calibrationUnits.unit],
    }),
    foreignKey({
      name: 'calibration_ratings_rater_fk',
      columns: [t.orgId, t.sessionNumber, t.rater],
      foreignColumns: [calibrationRaters.orgId, calibrationRaters.sessionNumber, calibrationRaters.userId],
    }),
  ],
);
