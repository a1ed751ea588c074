/** Users, memberships, sessions, API tokens, throttled sign-ins and the audit log. */
import { sql } from 'drizzle-orm';
import {
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { orgId } from './orgs.ts';
import { partners } from './records.ts';

/**
 * The roles of a membership (and of an API token): the check constraints below hold the column to
 * them, and the column's type names them (app/accounts/roles.ts re-exports the list).
 */
export const roles = ['owner', 'admin', 'program_manager', 'assessor', 'viewer', 'partner'] as const;
export type Role = (typeof roles)[number];
/*
 * Accounts. Users are global (one person may belong to several orgs); everything they may see is
 * reached through a membership of one org, with one role (and, for partner users, one partner).
 * These tables are read before an org is known (sign-in, token lookup), so they are not under
 * row-level security; every query of them names the user, the session or the token hash.
 */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stored lower-cased; unique. */
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true, mode: 'string' })
      .notNull()
      .defaultNow(),
  },
  (t) => [unique('users_email').on(t.email)],
);

export const memberships = pgTable(
  'memberships',
  {
    orgId: orgId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: roles }).notNull(),
    /** Partner users only: the one partner they see. */
    partnerId: integer('partner_id'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.userId] }),
    index('memberships_user').on(t.userId),
    foreignKey({
      name: 'memberships_partner_fk',
      columns: [t.orgId, t.partnerId],
      foreignColumns: [partners.orgId, partners.id],
    }),
    check(
      'memberships_role',
      sql`${t.role} in ('owner','admin','program_manager','assessor','viewer','partner')`,
    ),
    check('memberships_partner', sql`(${t.role} = 'partner') = (${t.partnerId} is not null)`),
  ],
);

/** A signed-in browser: the cookie carries a random token, the table its sha256. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'string' }).notNull(),
    address: text('address'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

/** An integration's bearer token: one org, one role; shown once, stored as sha256. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    name: text('name').notNull(),
    role: text('role', { enum: roles }).notNull(),
    partnerId: integer('partner_id'),
    tokenHash: text('token_hash').notNull(),
    /** The first characters of the token, to recognise it in lists. */
    prefix: text('prefix').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'string' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [
    unique('api_tokens_hash').on(t.tokenHash),
    index('api_tokens_org').on(t.orgId),
    foreignKey({
      name: 'api_tokens_partner_fk',
      columns: [t.orgId, t.partnerId],
      foreignColumns: [partners.orgId, partners.id],
    }),
    check(
      'api_tokens_role',
      sql`${t.role} in ('owner','admin','program_manager','assessor','viewer','partner')`,
    ),
  ],
);

/** Failed sign-ins, counted per account and per address for throttling. */
export const signInFailures = pgTable(
  'sign_in_failures',
  {
    key: text('key').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('sign_in_failures_key').on(t.key, t.at)],
);

/** Every write: who, when, what, before and after. */
export const auditLog = pgTable(
  'audit_log',
  {
    orgId: orgId(),
    id: uuid('id').notNull().defaultRandom(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    actorTokenId: uuid('actor_token_id'),
    /** "ana@example.com", "token CRM nightly", "system". */
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('audit_log_org_at').on(t.orgId, t.at),
    index('audit_log_org_entity').on(t.orgId, t.entity, t.entityId),
  ],
);
