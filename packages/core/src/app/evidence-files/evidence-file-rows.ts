/**
 * The evidence-file record as the API shows it, found by partner and content: a record belongs to
 * one partner, and the same bytes held by two partners are two records (issue 16), so a sha256 on
 * its own addresses nothing.
 */
import type { SqlClient } from '../../db/sql-client.ts';
import type { Caller } from '../accounts/caller.ts';

export interface EvidenceFile {
  sha256: string;
  partner: string;
  person: string | null;
  filename: string;
  contentType: string;
  size: number;
  uploadedBy: string;
  uploadedAt: string;
}

export const evidenceFileSelect = `select f.sha256, p.external_id as partner, pp.external_id as person, f.filename,
  f.content_type as "contentType", f.size, f.uploaded_by as "uploadedBy", f.uploaded_at as "uploadedAt"
  from evidence_files f join partners p on p.org_id = f.org_id and p.id = f.partner_id
  left join partner_people pp on pp.org_id = f.org_id and pp.id = f.person_id`;

export const isSha256 = (s: string) => /^[0-9a-f]{64}$/.test(s);

/**
 * The partner's file, by the partner's id or external id; undefined outside the caller's reach (a
 * partner user reaches only their own partner, whatever they name).
 */
export const findEvidenceFile = async (
  db: SqlClient,
  caller: Caller,
  partner: { id: number } | { externalId: string },
  sha: string,
): Promise<EvidenceFile | undefined> =>
  (
    await db.query<EvidenceFile>(
      `${evidenceFileSelect} where f.org_id = $1 and f.sha256 = $2 and ($3::int is null or f.partner_id = $3)
       and ($4::int is null or f.partner_id = $4) and ($5::text is null or p.external_id = $5)`,
      [
        caller.orgId,
        sha,
        caller.partner?.id ?? null,
        'id' in partner ? partner.id : null,
        'externalId' in partner ? partner.externalId : null,
      ],
    )
  )[0];

/**
 * Holds the org's blob of `sha` for the rest of the transaction: an upload (write the blob, add a
 * record) and a delete (drop a record, remove the blob if no record names it) of the same bytes
 * never interleave, so a record never outlives its blob.
 */
export const lockBlob = async (tx: SqlClient, orgId: string, sha: string) => {
  await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`trellis:evidence:${orgId}:${sha}`]);
};
