/** Use-case: remediation plan items, all partners or one, optionally of one status. */
import { listRemediation } from '../db/queries/save-readiness.ts';
import type { Database } from '../db/sql-client.ts';
import type { RemediationItem } from '../domain/remediation-plan.ts';

export const listRemediationUseCase = async (
  db: Database,
  input: { orgId: string; partner?: string; status?: RemediationItem['status'] },
): Promise<RemediationItem[]> => {
  const rows = await listRemediation(db, input.orgId, input.partner);
  return input.status ? rows.filter((r) => r.status === input.status) : rows;
};
