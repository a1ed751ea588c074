/**
 * Governance of the readiness program (issue 18): spot audits of passing evaluations. Rules:
 * docs/governance.md, "Spot audits".
 */
import { sql } from 'drizzle-orm';
import {
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
} from 'drizzle-orm/pg-core';
import { auditOutcomes } from '../../domain/audits/audit-outcome.ts';
import { orgId, scopedOrgId } from './orgs.ts';
import { evaluations } from './records.ts';

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
