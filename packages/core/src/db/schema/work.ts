/** Background jobs, evidence files and saved import mappings. */
import { type JobError, type JobProgress, jobKindNames, jobStatuses } from '@trellis/contracts';
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
  uuid,
} from 'drizzle-orm/pg-core';
import { entityNames } from '../../importers/entity-name.ts';
import { orgId, scopedOrgId } from './orgs.ts';
import { partnerFk, partnerPeople, partnerRef } from './records.ts';

/**
 * Background work (imports, re-scoring, assessments), claimed with FOR UPDATE SKIP LOCKED by any
 * server instance. Not under row-level security: a worker claims across orgs, then runs the job in
 * its org's scope.
 */

export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    kind: text('kind', { enum: jobKindNames }).notNull(),
    status: text('status', { enum: jobStatuses }).notNull().default('queued'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    /**
     * The upload a job reads (an import's file): its sha256 in the store's import area, which any
     * instance sharing the data directory can read; size and file name are in the payload.
     */
    inputSha256: text('input_sha256'),
    progress: jsonb('progress').$type<JobProgress>(),
    result: jsonb('result').$type<unknown>(),
    error: jsonb('error').$type<JobError>(),
    createdBy: uuid('created_by'),
    createdByToken: uuid('created_by_token'),
    createdByLabel: text('created_by_label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true, mode: 'string' }),
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true, mode: 'string' }),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'string' }),
    lockedBy: text('locked_by'),
    attempts: integer('attempts').notNull().default(0),
  },
  (t) => [
    index('jobs_queue').on(t.status, t.createdAt),
    index('jobs_org').on(t.orgId, t.createdAt),
    index('jobs_input').on(t.orgId, t.inputSha256),
    check('jobs_status', sql`${t.status} in ('queued','running','done','failed')`),
  ],
);

/**
 * Evidence files: blobs under the data directory, one record per org, partner and content. The
 * partner is part of the key so the same bytes stored for two partners are two records that tell
 * neither partner about the other (issue 16).
 */
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
    uploadedAt: timestamp('uploaded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.partnerId, t.sha256] }),
    partnerFk('evidence_files_partner_fk', t),
    foreignKey({
      name: 'evidence_files_person_fk',
      columns: [t.orgId, t.personId],
      foreignColumns: [partnerPeople.orgId, partnerPeople.id],
    }),
    /** Whether any partner of the org still holds a blob (delete decides whether to remove it). */
    index('evidence_files_sha256').on(t.orgId, t.sha256),
  ],
);

/** Mapping files an org keeps for its imports (`?mapping=<name>`), as the YAML the user wrote. */
export const importMappings = pgTable(
  'import_mappings',
  {
    orgId: orgId(),
    name: text('name').notNull(),
    entity: text('entity', { enum: entityNames }).notNull(),
    yaml: text('yaml').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedBy: text('updated_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.name] })],
);

/**
 * One row per real (not dry-run) import, whoever ran it (CLI or server), written in the import's
 * transaction: what changed and when, so an assessment made before it can say "7 opportunities
 * imported since — re-assess", and the imports page can list what came in.
 */
export const importLog = pgTable(
  'import_log',
  {
    orgId: orgId(),
    id: integer('id').generatedAlwaysAsIdentity(),
    entity: text('entity').notNull(),
    source: text('source').notNull(),
    inserted: integer('inserted').notNull(),
    updated: integer('updated').notNull(),
    actor: text('actor').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), index('import_log_org_at').on(t.orgId, t.importedAt)],
);
