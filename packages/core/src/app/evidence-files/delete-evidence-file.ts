/**
 * Deleting one partner's evidence file: its record goes, and its bytes only once no other record of
 * the org (another partner that uploaded the same bytes) still names them.
 */
import { recordAudit } from '../../db/queries/audit-log.ts';
import type { Database } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import type { BlobStore } from '../../files/blob-store.ts';
import type { Caller } from '../accounts/caller.ts';
import { findEvidenceFile, isSha256, lockBlob } from './evidence-file-rows.ts';

export const deleteEvidenceFileUseCase = async (
  db: Database,
  store: BlobStore,
  caller: Caller,
  partner: string,
  sha: string,
): Promise<void> => {
  if (!isSha256(sha)) throw new AppError('NOT_FOUND', 'No such evidence file');
  await db.transaction(async (tx) => {
    await lockBlob(tx, caller.orgId, sha);
    const file = await findEvidenceFile(tx, caller, { externalId: partner }, sha);
    if (!file) throw new AppError('NOT_FOUND', 'No such evidence file');
    await tx.query(
      `delete from evidence_files f using partners p
       where f.org_id = $1 and f.sha256 = $2 and p.org_id = f.org_id and p.id = f.partner_id and p.external_id = $3`,
      [caller.orgId, sha, file.partner],
    );
    const [still] = await tx.query<{ n: number }>(
      'select count(*)::int as n from evidence_files where org_id = $1 and sha256 = $2',
      [caller.orgId, sha],
    );
    await recordAudit(tx, caller.orgId, caller, {
      action: 'evidence-file.delete',
      entity: 'evidence-file',
      entityId: sha,
      before: file,
    });
    // Removed while the lock is held, so no upload of the same bytes can slip in between.
    if (still!.n === 0) store.remove(caller.orgId, sha);
  });
};
