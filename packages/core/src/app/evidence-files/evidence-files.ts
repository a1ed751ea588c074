/**
 * Evidence files: artifacts behind evaluations (demo recordings, designs, postmortems), uploaded
 * for a person of a partner, stored content-addressed under the data directory, and downloadable by
 * whoever may see that partner. Each partner holds its own record of a file: the same bytes
 * uploaded for two partners are stored for each, and neither learns of the other (issue 16). A
 * partner user uploads and reads only for their own partner.
 */
import { recordAudit } from '../../db/queries/audit-log.ts';
import type { Database } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import { type BlobStore, sha256Of } from '../../files/blob-store.ts';
import type { Caller } from '../accounts/caller.ts';
import { checkEvidenceType } from './content-types.ts';
import {
  type EvidenceFile,
  evidenceFileSelect,
  findEvidenceFile,
  isSha256,
  lockBlob,
} from './evidence-file-rows.ts';

export type { EvidenceFile } from './evidence-file-rows.ts';

/** A file name safe to store and to send back in Content-Disposition. */
const cleanName = (name: string) =>
  name
    .replace(/[\\/]/g, '_')
    .replace(/[^\p{L}\p{N} ._()-]/gu, '')
    .trim()
    .slice(0, 200) || 'evidence';

/** Stores the file for the person's partner; the same bytes again for that partner return its record. */
export const uploadEvidenceFileUseCase = async (
  db: Database,
  store: BlobStore,
  caller: Caller,
  input: { person: string; filename: string; contentType: string; bytes: Uint8Array },
): Promise<EvidenceFile> => {
  const contentType = checkEvidenceType(input.contentType, input.bytes);
  const [person] = await db.query<{ id: number; partnerId: number }>(
    `select id, partner_id as "partnerId" from partner_people
     where org_id = $1 and external_id = $2 and ($3::int is null or partner_id = $3)`,
    [caller.orgId, input.person, caller.partner?.id ?? null],
  );
  if (!person)
    throw new AppError('NOT_FOUND', `No person with external_id "${input.person}"`, [
      { field: 'person', reason: caller.partner ? 'not a person of your partner' : 'no such person' },
    ]);
  return db.transaction(async (tx) => {
    const partner = { id: person.partnerId };
    const sha = sha256Of(input.bytes);
    await lockBlob(tx, caller.orgId, sha);
    // Written again even when this partner holds the file: a failed delete may have left the record.
    store.put(caller.orgId, input.bytes);
    const existing = await findEvidenceFile(tx, caller, partner, sha);
    if (existing) return existing;
    await tx.query(
      `insert into evidence_files (org_id, sha256, partner_id, person_id, filename, content_type, size, uploaded_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        caller.orgId,
        sha,
        person.partnerId,
        person.id,
        cleanName(input.filename),
        contentType,
        input.bytes.byteLength,
        caller.label,
      ],
    );
    const file = (await findEvidenceFile(tx, caller, partner, sha))!;
    await recordAudit(tx, caller.orgId, caller, {
      action: 'evidence-file.upload',
      entity: 'evidence-file',
      entityId: sha,
      after: file,
    });
    return file;
  });
};

export const listEvidenceFilesUseCase = async (
  db: Database,
  caller: Caller,
  q: { partner?: string; person?: string; limit: number; offset: number },
): Promise<{ items: EvidenceFile[]; total: number }> => {
  const rows = await db.query<EvidenceFile & { total: number }>(
    `${evidenceFileSelect.replace('select f.sha256', 'select count(*) over ()::int as total, f.sha256')}
     where f.org_id = $1 and ($2::int is null or f.partner_id = $2) and ($3::text is null or p.external_id = $3)
       and ($4::text is null or pp.external_id = $4)
     order by f.uploaded_at desc, p.external_id, f.sha256 limit $5 offset $6`,
    [caller.orgId, caller.partner?.id ?? null, q.partner ?? null, q.person ?? null, q.limit, q.offset],
  );
  return { items: rows.map(({ total: _, ...r }) => r), total: rows[0]?.total ?? 0 };
};

/** The partner's file and where its bytes are; NOT_FOUND outside the caller's reach. */
export const evidenceFileUseCase = async (
  db: Database,
  store: BlobStore,
  caller: Caller,
  partner: string,
  sha: string,
): Promise<EvidenceFile & { path: string }> => {
  const file = isSha256(sha) ? await findEvidenceFile(db, caller, { externalId: partner }, sha) : undefined;
  const path = file && store.path(caller.orgId, sha);
  if (!file || !path) throw new AppError('NOT_FOUND', 'No such evidence file');
  return { ...file, path };
};
