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
import type { ReceivedBlob } from '../../files/blob-store.ts';
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

export interface UploadEvidenceFileInput {
  /** The person's external id (a form field: absent when the client left it out). */
  person: string | undefined;
  filename: string;
  contentType: string;
  /** The bytes as received into the evidence store, not yet kept: kept here, or discarded. */
  upload: ReceivedBlob;
}

/** Stores the file for the person's partner; the same bytes again for that partner return its record. */
export const uploadEvidenceFileUseCase = async (
  db: Database,
  caller: Caller,
  input: UploadEvidenceFileInput,
): Promise<EvidenceFile> => {
  try {
    return await keepEvidenceFile(db, caller, input);
  } catch (err) {
    // Refused, or failed before it was kept: nothing stays in the store's temporary area.
    input.upload.discard();
    throw err;
  }
};

const keepEvidenceFile = async (
  db: Database,
  caller: Caller,
  input: UploadEvidenceFileInput,
): Promise<EvidenceFile> => {
  const { upload, person: personId } = input;
  if (!personId)
    throw new AppError('INVALID_INPUT', 'Name the person the evidence is for', [
      { field: 'person', reason: 'required' },
    ]);
  const contentType = await checkEvidenceType(input.contentType, upload);
  const person = await findPersonForEvidence(db, caller.orgId, caller.partner?.id ?? null, personId);
  if (!person)
    throw new AppError('NOT_FOUND', `No person with external_id "${personId}"`, [
      { field: 'person', reason: caller.partner ? 'not a person of your partner' : 'no such person' },
    ]);
  return db.transaction(async (tx) => {
    const partner = { id: person.partnerId };
    const sha = upload.sha256;
    await lockEvidenceBlob(tx, caller.orgId, sha);
    // Kept again even when this partner holds the file: a failed delete may have left the record.
    upload.keep();
    const existing = await findEvidenceFile(tx, caller, partner, sha);
    if (existing) return existing;
    await insertEvidenceFile(tx, {
      orgId: caller.orgId,
      sha256: sha,
      partnerId: person.partnerId,
      personId: person.id,
      filename: cleanName(input.filename),
      contentType,
      size: upload.size,
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
