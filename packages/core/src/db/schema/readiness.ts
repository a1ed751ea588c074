/** Partner readiness: each scoring, the tier each partner had after it, the remediation items. */
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  doublePrecision,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { orgId, scopedOrgId } from './orgs.ts';
import { partnerFk, partnerRef } from './records.ts';
/** The tier each partner had in effect after each scoring (drives the grace period). */
export const tierHistory = pgTable(
  'tier_history',
  {
    orgId: scopedOrgId(),
    partnerId: partnerRef(),
    asOf: date('as_of').notNull(),
    policySha256: text('policy_sha256').notNull(),
    earned: text('earned'),
    effective: text('effective'),
    periodsBelow: integer('periods_below').notNull(),
    composite: doublePrecision('composite').notNull(),
    /** The partner's entry of the readiness report of this scoring (components, gates, needs). */
    detail: jsonb('detail'),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.partnerId, t.asOf] }), partnerFk('tier_history_partner_fk', t)],
);

/** A remediation plan item: one gap, one action, an owner, a mentor, a due date and a status. */
export const remediationItems = pgTable(
  'remediation_items',
  {
    orgId: scopedOrgId(),
    id: integer('id').generatedAlwaysAsIdentity(),
    /** The item's number within its org: what clients see. */
    number: integer('number').notNull(),
    partnerId: partnerRef(),
    gapKey: text('gap_key').notNull(),
    gapKind: text('gap_kind').notNull(),
    gap: text('gap').notNull(),
    action: text('action').notNull(),
    owner: text('owner'),
    mentor: text('mentor'),
    bucket: text('bucket').notNull(),
    dueOn: date('due_on').notNull(),
    status: text('status').notNull().default('open'),
    openedOn: date('opened_on').notNull(),
    closedOn: date('closed_on'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique('remediation_items_gap').on(t.orgId, t.partnerId, t.gapKey),
    unique('remediation_items_org_number').on(t.orgId, t.number),
    partnerFk('remediation_items_partner_fk', t),
    check('remediation_items_status', sql`${t.status} in ('open','in_progress','done','dropped')`),
    check('remediation_items_bucket', sql`${t.bucket} in ('days30','days60','days90')`),
  ],
);

/** One readiness scoring of an org: its date, policy and the report without the partner rows. */
export const readinessScorings = pgTable(
  'readiness_scorings',
  {
    orgId: orgId(),
    asOf: date('as_of').notNull(),
    policySha256: text('policy_sha256').notNull(),
    summary: jsonb('summary').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.asOf] })],
);
