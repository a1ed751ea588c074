/**
 * Evidence files: artifacts behind evaluations (demo recordings, designs, postmortems), uploaded
 * for a person of a partner, stored content-addressed under the data directory, and downloadable by
 * whoever may see that partner. Each partner holds its own record of a file: the same bytes
 * uploaded for two partners are stored for each, and neither learns of the other (issue 16). A
 * partner user uploads and reads only for their own partner.
 */
import { recordAudit } from '../../db/queries/audit-log.ts';
import {
  findPersonForEvidence,
  insertEvidenceFile,
  lockEvidenceBlob,
} from '../../db/queries/evidence-files.ts';
import type { Database } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import { type BlobStore, sha256Of } from '../../files/blob-store.ts';
import type { Caller } from '../accounts/caller.ts';
import { checkEvidenceType } from './content-types.ts';
import { type EvidenceFile, findEvidenceFile } from './evidence-file-rows.ts';

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
  caller: Caller,
  input: { person: string; filename: string; contentType: string; bytes: Uint8Array },
  store: BlobStore,
): Promise<EvidenceFile> => {
  const contentType = checkEvidenceType(input.contentType, input.bytes);
  const person = await findPersonForEvidence(db, caller.orgId, caller.partner?.id ?? null, input.person);
  if (!person)
    throw new AppError('NOT_FOUND', `No person with external_id "${input.person}"`, [
      { field: 'person', reason: caller.partner ? 'not a person of your partner' : 'no such person' },
    ]);
  return db.transaction(async (tx) => {
    const partner = { id: person.partnerId };
    const sha = sha256Of(input.bytes);
    await lockEvidenceBlob(tx, caller.orgId, sha);
    // Written again even when this partner holds the file: a failed delete may have left the record.
    store.put(caller.orgId, input.bytes);
    const existing = await findEvidenceFile(tx, caller, partner, sha);
    if (existing) return existing;
    await insertEvidenceFile(tx, {
      orgId: caller.orgId,
      sha256: sha,
      partnerId: person.partnerId,
      personId: person.id,
      filename: cleanName(input.filename),
      contentType,
      size: input.bytes.byteLength,
      uploadedBy: caller.label,
    });
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
