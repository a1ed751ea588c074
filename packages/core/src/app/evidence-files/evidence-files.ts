/**
 * Evidence files: artifacts behind evaluations (demo recordings, designs, postmortems), uploaded
 * for a person of a partner, stored content-addressed under the data directory, and downloadable by
 * whoever may see that partner. A partner user uploads and reads only for their own partner.
 */
import { recordAudit } from '../../db/queries/audit-log.ts';
import type { Database, SqlClient } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import type { BlobStore } from '../../files/blob-store.ts';
import type { Caller } from '../accounts/caller.ts';
import { checkEvidenceType } from './content-types.ts';

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

const select = `select f.sha256, p.external_id as partner, pp.external_id as person, f.filename,
  f.content_type as "contentType", f.size, f.uploaded_by as "uploadedBy", f.uploaded_at as "uploadedAt"
  from evidence_files f join partners p on p.org_id = f.org_id and p.id = f.partner_id
  left join partner_people pp on pp.org_id = f.org_id and pp.id = f.person_id`;

const find = async (db: SqlClient, caller: Caller, sha: string) =>
  (
    await db.query<EvidenceFile>(
      `${select} where f.org_id = $1 and f.sha256 = $2 and ($3::int is null or f.partner_id = $3)`,
      [caller.orgId, sha, caller.partner?.id ?? null],
    )
  )[0];

/** A file name safe to store and to send back in Content-Disposition. */
const cleanName = (name: string) =>
  name
    .replace(/[\\/]/g, '_')
    .replace(/[^\p{L}\p{N} ._()-]/gu, '')
    .trim()
    .slice(0, 200) || 'evidence';

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
  const sha = store.put(input.bytes);
  return db.transaction(async (tx) => {
    const existing = await find(tx, caller, sha);
    if (existing) return existing;
    await tx.query(
      `insert into evidence_files (org_id, sha256, partner_id, person_id, filename, content_type, size, uploaded_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (org_id, sha256) do nothing`,
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
    const file = await find(tx, caller, sha);
    if (!file) throw new AppError('CONFLICT', 'This file is already stored for another partner');
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
    `${select.replace('select f.sha256', 'select count(*) over ()::int as total, f.sha256')}
     where f.org_id = $1 and ($2::int is null or f.partner_id = $2) and ($3::text is null or p.external_id = $3)
       and ($4::text is null or pp.external_id = $4)
     order by f.uploaded_at desc, f.sha256 limit $5 offset $6`,
    [caller.orgId, caller.partner?.id ?? null, q.partner ?? null, q.person ?? null, q.limit, q.offset],
  );
  return { items: rows.map(({ total: _, ...r }) => r), total: rows[0]?.total ?? 0 };
};

/** The file's metadata and where its bytes are; NOT_FOUND outside the caller's reach. */
export const evidenceFileUseCase = async (
  db: Database,
  store: BlobStore,
  caller: Caller,
  sha: string,
): Promise<EvidenceFile & { path: string }> => {
  const file = /^[0-9a-f]{64}$/.test(sha) ? await find(db, caller, sha) : undefined;
  const path = file && store.path(sha);
  if (!file || !path) throw new AppError('NOT_FOUND', 'No such evidence file');
  return { ...file, path };
};
