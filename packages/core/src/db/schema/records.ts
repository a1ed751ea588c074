/**
 * The ten kinds of record an org imports: partners, their people, deals, activity, surveys,
 * meetings, evaluations and their evidence, delivery projects, references.
 */
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  unique,
} from 'drizzle-orm/pg-core';
import { orgId, scopedOrgId } from './orgs.ts';
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
export const partnerRef = () => integer('partner_id').notNull();
export const partnerFk = (name: string, t: { orgId: AnyPgColumn; partnerId: AnyPgColumn }) =>
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
    /** null: unknown (the file had no such column) — criteria count only known values. */
    registered: boolean('registered'),
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

/**
 * The dated values of a partner's attributes that change over time (program tier, lifecycle,
 * executive sponsor, partner manager): each value holds from `valid_from` up to, not including,
 * `valid_to` (null: still current). partners holds the current values; an assessment as of T reads
 * the value valid at T (docs/metrics.md, "Dated attributes").
 */
export const partnerAttributeHistory = pgTable(
  'partner_attribute_history',
  {
    orgId: scopedOrgId(),
    partnerId: partnerRef(),
    attribute: text('attribute').notNull(),
    value: text('value'),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.partnerId, t.attribute, t.validFrom] }),
    partnerFk('partner_attribute_history_partner_fk', t),
    check(
      'partner_attribute_history_attribute',
      sql`${t.attribute} in ('tier','lifecycle','executive_sponsor','owner')`,
    ),
    check('partner_attribute_history_range', sql`${t.validTo} is null or ${t.validTo} > ${t.validFrom}`),
  ],
);
