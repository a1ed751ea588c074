/**
 * Evidence-file records, found by partner and content: a record belongs to one partner, and the
 * same bytes held by two partners are two records (issue 16), so a sha256 on its own addresses
 * nothing. `onlyPartnerId` holds a partner user to their partner, whatever they name.
 */
import type { evidenceFiles } from '../schema.ts';
import type { SqlClient } from '../sql-client.ts';

/** The record as the API shows it: the stored columns, the partner and person by external id. */
export type EvidenceFile = Pick<
  typeof evidenceFiles.$inferSelect,
  'sha256' | 'filename' | 'contentType' | 'size' | 'uploadedBy' | 'uploadedAt'
> & { partner: string; person: string | null };

const columns = `f.sha256, p.external_id as partner, pp.external_id as person, f.filename,
  f.content_type as "contentType", f.size, f.uploaded_by as "uploadedBy", f.uploaded_at as "uploadedAt"`;
const from = `evidence_files f join partners p on p.org_id = f.org_id and p.id = f.partner_id
  left join partner_people pp on pp.org_id = f.org_id and pp.id = f.person_id`;

/** The partner's file, by the partner's id or external id. */
export const findEvidenceFile = async (
  db: SqlClient,
  orgId: string,
  onlyPartnerId: number | null,
  partner: { id: number } | { externalId: string },
  sha: string,
): Promise<EvidenceFile | undefined> =>
  (
    await db.query<EvidenceFile>(
      `select ${columns} from ${from}
       where f.org_id = $1 and f.sha256 = $2 and ($3::int is null or f.partner_id = $3)
       and ($4::int is null or f.partner_id = $4) and ($5::text is null or p.external_id = $5)`,
      [
        orgId,
        sha,
        onlyPartnerId,
        'id' in partner ? partner.id : null,
        'externalId' in partner ? partner.externalId : null,
      ],
    )
  )[0];

/** A page of the org's files, newest first, filtered by partner and person (external ids). */
export const listEvidenceFiles = async (
  db: SqlClient,
  orgId: string,
  onlyPartnerId: number | null,
  q: { partner?: string; person?: string; limit: number; offset: number },
): Promise<{ items: EvidenceFile[]; total: number }> => {
  const rows = await db.query<EvidenceFile & { total: number }>(
    `select count(*) over ()::int as total, ${columns} from ${from}
     where f.org_id = $1 and ($2::int is null or f.partner_id = $2) and ($3::text is null or p.external_id = $3)
       and ($4::text is null or pp.external_id = $4)
     order by f.uploaded_at desc, p.external_id, f.sha256 limit $5 offset $6`,
    [orgId, onlyPartnerId, q.partner ?? null, q.person ?? null, q.limit, q.offset],
  );
  return { items: rows.map(({ total: _, ...r }) => r), total: rows[0]?.total ?? 0 };
};

/** A person of a partner by external id, with their partner (the partner a file is stored for). */
export const findPersonForEvidence = async (
  db: SqlClient,
  orgId: string,
  onlyPartnerId: number | null,
  personExternalId: string,
): Promise<{ id: number; partnerId: number } | undefined> =>
  (
    await db.query<{ id: number; partnerId: number }>(
      `select id, partner_id as "partnerId" from partner_people
       where org_id = $1 and external_id = $2 and ($3::int is null or partner_id = $3)`,
      [orgId, personExternalId, onlyPartnerId],
    )
  )[0];

export const insertEvidenceFile = async (
  tx: SqlClient,
  f: Pick<
    typeof evidenceFiles.$inferInsert,
    'orgId' | 'sha256' | 'partnerId' | 'personId' | 'filename' | 'contentType' | 'size' | 'uploadedBy'
  >,
): Promise<void> => {
  await tx.query(
    `insert into evidence_files (org_id, sha256, partner_id, person_id, filename, content_type, size, uploaded_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [f.orgId, f.sha256, f.partnerId, f.personId ?? null, f.filename, f.contentType, f.size, f.uploadedBy],
  );
};

/** Drops one partner's record of the bytes; the bytes' other records stay. */
export const deleteEvidenceFile = async (
  tx: SqlClient,
  orgId: string,
  partnerExternalId: string,
  sha: string,
): Promise<void> => {
  await tx.query(
    `delete from evidence_files f using partners p
     where f.org_id = $1 and f.sha256 = $2 and p.org_id = f.org_id and p.id = f.partner_id and p.external_id = $3`,
    [orgId, sha, partnerExternalId],
  );
};

/** How many records of the org (any partner) still name the bytes. */
export const countEvidenceFilesOf = async (tx: SqlClient, orgId: string, sha: string): Promise<number> =>
  (
    await tx.query<{ n: number }>(
      'select count(*)::int as n from evidence_files where org_id = $1 and sha256 = $2',
      [orgId, sha],
    )
  )[0]!.n;

/**
 * Holds the org's blob of `sha` for the rest of the transaction: an upload (write the blob, add a
 * record) and a delete (drop a record, remove the blob if no record names it) of the same bytes
 * never interleave, so a record never outlives its blob.
 */
export const lockEvidenceBlob = async (tx: SqlClient, orgId: string, sha: string): Promise<void> => {
  await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`trellis:evidence:${orgId}:${sha}`]);
};
