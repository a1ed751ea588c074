import { listEvidenceFiles } from '../../db/queries/evidence-files.ts';
import type { Database } from '../../db/sql-client.ts';
import type { Caller } from '../accounts/caller.ts';
import type { EvidenceFile } from './evidence-file-rows.ts';

export const listEvidenceFilesUseCase = (
  db: Database,
  caller: Caller,
  q: { partner?: string; person?: string; limit: number; offset: number },
): Promise<{ items: EvidenceFile[]; total: number }> =>
  listEvidenceFiles(db, caller.orgId, caller.partner?.id ?? null, q);
