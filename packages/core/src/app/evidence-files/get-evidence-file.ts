import type { Database } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import type { BlobStore } from '../../files/blob-store.ts';
import type { Caller } from '../accounts/caller.ts';
import { type EvidenceFile, findEvidenceFile, isSha256 } from './evidence-file-rows.ts';

/** The partner's file and where its bytes are; NOT_FOUND outside the caller's reach. */
export const getEvidenceFileUseCase = async (
  db: Database,
  caller: Caller,
  { partner, sha256: sha }: { partner: string; sha256: string },
  store: BlobStore,
): Promise<EvidenceFile & { path: string }> => {
  const file = isSha256(sha) ? await findEvidenceFile(db, caller, { externalId: partner }, sha) : undefined;
  const path = file && store.path(caller.orgId, sha);
  if (!file || !path) throw new AppError('NOT_FOUND', 'No such evidence file');
  return { ...file, path };
};
