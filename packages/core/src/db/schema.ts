/**
 * The one schema for both engines (PGlite and PostgreSQL). Rules (ARCHITECTURE.md, "Databases";
 * docs/import-format.md; docs/metrics.md#money): `org_id` is first in every primary key, foreign key
 * and index; external ids are unique per org and are what importers upsert on; money is `numeric`,
 * never float.
 */
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  customType,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

export const orgs = pgTable('orgs', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
});

const orgId = () =>
  text('org_id')
    .notNull()
    .references(() => orgs.id);

/**
 * org_id of a row that already references an org-scoped parent through a composite foreign key
 * (org_id, parent_id): that key guarantees the org exists, so a second check per row would only
 * slow bulk imports down (measured: ~20% of an activities import).
 */
const scopedOrgId = () => text('org_id').notNull();

export const partners = pgTable(
  'partners',
  {
    orgId: orgId(),
    id: integer('id').generatedAlwaysAsIdentity(),
    externalId: text('external_id').notNull(),
    name: text('name').notNull(),
    type: text('type').notNull(),
    tier: text('tier'),
    region: text('region'),
    segment: text('segment'),
    joinedOn: date('joined_on').notNull(),
    lifecycle: text('lifecycle').notNull(),
    executiveSponsor: text('executive_sponsor'),
    owner: text('owner'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique('partners_org_external').on(t.orgId, t.externalId),
    /** Partner lists sort by name (the API's and the web app's default view). */
    index('partners_org_name').on(t.orgId, t.name),
    check('partners_type', sql`${t.type} in ('strategic','channel','technology','referral')`),
    check('partners_lifecycle', sql`${t.lifecycle} in ('onboarding','active','retired')`),
  ],
);

/** Columns and constraints every partner-owned table shares. */
const partnerRef = () => integer('partner_id').notNull();
const partnerFk = (name: string, t: { orgId: AnyPgColumn; partnerId: AnyPgColumn }) =>
  foreignKey({ name, columns: [t.orgId, t.partnerId], foreignColumns: [partners.orgId, partners.id] });

export const partnerPeople = pgTable(
  'partner_people',
  {
    orgId: scopedOrgId(),
    id: integer('id').generatedAlwaysAsIdentity(),
    externalId: text('external_id').notNull(),
    partnerId: partnerRef(),
    name: text('name').notNull(),
    email: text('email'),
    role: text('role').notNull(),
    isChampion: boolean('is_champion').notNull().default(false),
    startedOn: date('started_on'),
    leftOn: date('left_on'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique('partner_people_org_external').on(t.orgId, t.externalId),
    partnerFk('partner_people_partner_fk', t),
    index('partner_people_partner').on(t.orgId, t.partnerId),
  ],
);

export const opportunities = pgTable(
  'opportunities',
  {
    orgId: scopedOrgId(),
    id: integer('id').generatedAlwaysAsIdentity(),
    externalId: text('external_id').notNull(),
    partnerId: partnerRef(),
    name: text('name'),
    amount: numeric('amount', { precision: 16, scale: 2 }).notNull(),
    stage: text('stage').notNull(),
    createdOn: date('created_on').notNull(),
    closedOn: date('closed_on'),
    sourcedByPartner: boolean('sourced_by_partner').notNull(),
    registered: boolean('registered').notNull().default(false),
    region: text('region'),
    segment: text('segment'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique('opportunities_org_external').on(t.orgId, t.externalId),
    partnerFk('opportunities_partner_fk', t),
    index('opportunities_partner').on(t.orgId, t.partnerId),
    check('opportunities_stage', sql`${t.stage} in ('open','won','lost')`),
    check('opportunities_amount', sql`${t.amount} >= 0`),
  ],
);

export const activities = pgTable(
  'activities',
  {
    orgId: scopedOrgId(),
    id: integer('id').generatedAlwaysAsIdentity(),
    externalId: text('external_id').notNull(),
    partnerId: partnerRef(),
    kind: text('kind').notNull(),
    occurredOn: date('occurred_on').notNull(),
    personExternalId: text('person_external_id'),
    detail: text('detail'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique('activities_org_external').on(t.orgId, t.externalId),
    partnerFk('activities_partner_fk', t),
    index('activities_partner').on(t.orgId, t.partnerId),
  ],
);

const score10 = (name: string) => numeric(name, { precision: 3, scale: 1 });

export const surveys = pgTable(
  'surveys',
  {
    orgId: scopedOrgId(),
    id: integer('id').generatedAlwaysAsIdentity(),
    externalId: text('external_id').notNull(),
    partnerId: partnerRef(),
    respondedOn: date('responded_on').notNull(),
    satisfaction: score10('satisfaction'),
    training: score10('training'),
    resources: score10('resources'),
    support: score10('support'),
    comment: text('comment'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique('surveys_org_external').on(t.orgId, t.externalId),
    partnerFk('surveys_partner_fk', t),
    index('surveys_partner').on(t.orgId, t.partnerId),
  ],
);

export const meetings = pgTable(
  'meetings',
  {
    orgId: scopedOrgId(),
    id: integer('id').generatedAlwaysAsIdentity(),
    externalId: text('external_id').notNull(),
    partnerId: partnerRef(),
    kind: text('kind').notNull(),
    scheduledOn: date('scheduled_on').notNull(),
    heldOn: date('held_on'),
    notes: text('notes'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique('meetings_org_external').on(t.orgId, t.externalId),
    partnerFk('meetings_partner_fk', t),
    index('meetings_partner').on(t.orgId, t.partnerId),
    check('meetings_kind', sql`${t.kind} in ('qbr','ops_sync','executive_review')`),
  ],
);

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
    status: text('status').notNull().default('draft'),
    brief: jsonb('brief').notNull(),
    result: jsonb('result').notNull(),
    /** The report without the per-partner performance rows: what a dashboard reads (small at any size). */
    dashboard: jsonb('dashboard'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by'),
    finalizedAt: timestamp('finalized_at', { withTimezone: true }),
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
    status: text('status').notNull(),
    /** Who carries the action (a name, as people write it); null until someone is named. */
    owner: text('owner'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
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

export const evaluations = pgTable(
  'evaluations',
  {
    orgId: scopedOrgId(),
    id: integer('id').generatedAlwaysAsIdentity(),
    externalId: text('external_id').notNull(),
    partnerId: partnerRef(),
    personId: integer('person_id').notNull(),
    competency: text('competency').notNull(),
    level: smallint('level').notNull(),
    assessor: text('assessor').notNull(),
    rubricVersion: text('rubric_version').notNull(),
    evaluatedOn: date('evaluated_on').notNull(),
    expiresOn: date('expires_on'),
    proctored: boolean('proctored').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique('evaluations_org_external').on(t.orgId, t.externalId),
    partnerFk('evaluations_partner_fk', t),
    foreignKey({
      name: 'evaluations_person_fk',
      columns: [t.orgId, t.personId],
      foreignColumns: [partnerPeople.orgId, partnerPeople.id],
    }),
    index('evaluations_partner').on(t.orgId, t.partnerId),
    check('evaluations_level', sql`${t.level} between 1 and 4`),
  ],
);

/** An artifact behind an evaluation (demo recording, solution design …), pinned by sha256. */
export const evaluationEvidence = pgTable(
  'evaluation_evidence',
  {
    orgId: scopedOrgId(),
    id: integer('id').generatedAlwaysAsIdentity(),
    externalId: text('external_id').notNull(),
    evaluationId: integer('evaluation_id').notNull(),
    artifactType: text('artifact_type').notNull(),
    uri: text('uri').notNull(),
    sha256: text('sha256').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique('evaluation_evidence_org_external').on(t.orgId, t.externalId),
    foreignKey({
      name: 'evaluation_evidence_evaluation_fk',
      columns: [t.orgId, t.evaluationId],
      foreignColumns: [evaluations.orgId, evaluations.id],
    }),
    index('evaluation_evidence_evaluation').on(t.orgId, t.evaluationId),
  ],
);

/** A customer delivery project: the source of the outcome signals. */
export const deliveryProjects = pgTable(
  'delivery_projects',
  {
    orgId: scopedOrgId(),
    id: integer('id').generatedAlwaysAsIdentity(),
    externalId: text('external_id').notNull(),
    partnerId: partnerRef(),
    customer: text('customer').notNull(),
    startedOn: date('started_on').notNull(),
    plannedLiveOn: date('planned_live_on').notNull(),
    actualLiveOn: date('actual_live_on'),
    csat: numeric('csat', { precision: 3, scale: 1 }),
    defects: integer('defects'),
    renewed: boolean('renewed'),
    expanded: boolean('expanded'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique('delivery_projects_org_external').on(t.orgId, t.externalId),
    partnerFk('delivery_projects_partner_fk', t),
    index('delivery_projects_partner').on(t.orgId, t.partnerId),
    check('delivery_projects_defects', sql`${t.defects} >= 0`),
  ],
);

/** A customer reference for a partner; only verified ones count toward tier gates. */
export const customerReferences = pgTable(
  'customer_references',
  {
    orgId: scopedOrgId(),
    id: integer('id').generatedAlwaysAsIdentity(),
    externalId: text('external_id').notNull(),
    partnerId: partnerRef(),
    customer: text('customer').notNull(),
    referencedOn: date('referenced_on').notNull(),
    verified: boolean('verified').notNull(),
    verifiedBy: text('verified_by'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique('customer_references_org_external').on(t.orgId, t.externalId),
    partnerFk('customer_references_partner_fk', t),
    index('customer_references_partner').on(t.orgId, t.partnerId),
  ],
);

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
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.asOf] })],
);

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
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
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
    role: text('role').notNull(),
    /** Partner users only: the one partner they see. */
    partnerId: integer('partner_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
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
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
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
    role: text('role').notNull(),
    partnerId: integer('partner_id'),
    tokenHash: text('token_hash').notNull(),
    /** The first characters of the token, to recognise it in lists. */
    prefix: text('prefix').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
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
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sign_in_failures_key').on(t.key, t.at)],
);

/** Every write: who, when, what, before and after. */
export const auditLog = pgTable(
  'audit_log',
  {
    orgId: orgId(),
    id: uuid('id').notNull().defaultRandom(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
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

/**
 * Background work (imports, re-scoring, assessments), claimed with FOR UPDATE SKIP LOCKED by any
 * server instance. Not under row-level security: a worker claims across orgs, then runs the job in
 * its org's scope.
 */
const bytea = customType<{ data: Uint8Array }>({ dataType: () => 'bytea' });

export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    kind: text('kind').notNull(),
    status: text('status').notNull().default('queued'),
    payload: jsonb('payload').notNull(),
    /** The upload a job reads (an import's CSV), kept with the job so any instance can run it. */
    input: bytea('input'),
    progress: jsonb('progress'),
    result: jsonb('result'),
    error: jsonb('error'),
    createdBy: uuid('created_by'),
    createdByToken: uuid('created_by_token'),
    createdByLabel: text('created_by_label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    lockedBy: text('locked_by'),
    attempts: integer('attempts').notNull().default(0),
  },
  (t) => [
    index('jobs_queue').on(t.status, t.createdAt),
    index('jobs_org').on(t.orgId, t.createdAt),
    check('jobs_status', sql`${t.status} in ('queued','running','done','failed')`),
  ],
);

/** Evidence files: content-addressed blobs under the data directory, owned by an org and a partner. */
export const evidenceFiles = pgTable(
  'evidence_files',
  {
    orgId: scopedOrgId(),
    sha256: text('sha256').notNull(),
    partnerId: partnerRef(),
    personId: integer('person_id'),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.sha256] }),
    partnerFk('evidence_files_partner_fk', t),
    foreignKey({
      name: 'evidence_files_person_fk',
      columns: [t.orgId, t.personId],
      foreignColumns: [partnerPeople.orgId, partnerPeople.id],
    }),
    index('evidence_files_partner').on(t.orgId, t.partnerId),
  ],
);

/** Mapping files an org keeps for its imports (`?mapping=<name>`), as the YAML the user wrote. */
export const importMappings = pgTable(
  'import_mappings',
  {
    orgId: orgId(),
    name: text('name').notNull(),
    entity: text('entity').notNull(),
    yaml: text('yaml').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: text('updated_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.name] })],
);
