/** Use-case: remediation plan items, all partners or one, optionally of one status. */

import { partnerIdOf } from '../../db/queries/accounts/members.ts';
import { listRemediation } from '../../db/queries/save-readiness.ts';
import type { Database } from '../../db/sql-client.ts';
import type { RemediationItem } from '../../domain/remediation-plan.ts';
import { AppError } from '../../errors.ts';
import type { Caller } from '../accounts/caller.ts';

export const listRemediationUseCase = async (
  db: Database,
  caller: Caller,
  input: { partner?: string; status?: RemediationItem['status'] },
): Promise<RemediationItem[]> => {
  const rows = await listRemediation(db, caller.orgId, input.partner);
  if (
    input.partner !== undefined &&
    rows.length === 0 &&
    (await partnerIdOf(db, caller.orgId, input.partner)) === undefined
  )
    throw new AppError('NOT_FOUND', `No partner with external_id "${input.partner}"`);
  return input.status ? rows.filter((r) => r.status === input.status) : rows;
};
