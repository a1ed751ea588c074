/** Use-case: update or close one remediation item; NOT_FOUND when the org has no item with that id. */
import { type RemediationUpdate, updateRemediation } from '../db/queries/save-readiness.ts';
import type { Database } from '../db/sql-client.ts';
import type { RemediationItem } from '../domain/remediation-plan.ts';
import { AppError } from '../errors.ts';

export const updateRemediationUseCase = async (
  db: Database,
  input: { orgId: string; id: number; update: RemediationUpdate; today: string },
): Promise<RemediationItem> => {
  const row = await updateRemediation(db, input.orgId, input.id, input.update, input.today);
  if (!row) throw new AppError('NOT_FOUND', `No remediation item #${input.id}`);
  return row;
};
