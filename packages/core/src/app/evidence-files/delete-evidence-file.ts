/**
 * Deleting one partner's evidence file: its record goes, and its bytes only once no other record of
 * the org (another partner that uploaded the same bytes) still names them.
 */
import { recordAudit } from '../../db/queries/audit-log.ts';
import {
  countEvidenceFilesOf,
  deleteEvidenceFile,
  lockEvidenceBlob,
} from '../../db/queries/evidence-files.ts';
import type { Database } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import type { BlobStore } from '../../files/blob-store.ts';
import type { Caller } from '../accounts/caller.ts';
import { findEvidenceFile, isSha256 } from './evidence-file-rows.ts';

export const deleteEvidenceFileUseCase = async (
  db: Database,
  caller: Caller,
  { partner, sha256: sha }: { partner: string; sha256: string },
  store: BlobStore,
): Promise<void> => {
  if (!isSha256(sha)) throw new AppError('NOT_FOUND', 'No such evidence file');
  await db.transaction(async (tx) => {
    await lockEvidenceBlob(tx, caller.orgId, sha);
    const file = await findEvidenceFile(tx, caller, { externalId: partner }, sha);
    if (!file) throw new AppError('NOT_FOUND', 'No such evidence file');
    await deleteEvidenceFile(tx, caller.orgId, file.partner, sha);
    const still = await countEvidenceFilesOf(tx, caller.orgId, sha);
    await recordAudit(tx, caller.orgId, caller, {
      action: 'evidence-file.delete',
      entity: 'evidence-file',
      entityId: sha,
      before: file,
    });
    // Removed while the lock is held, so no upload of the same bytes can slip in between.
    if (still === 0) store.remove(caller.orgId, sha);
  });
};
