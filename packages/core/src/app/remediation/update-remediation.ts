/** Use-case: update or close one remediation item; NOT_FOUND when the org has no item with that id. */

import type { RemediationUpdate } from '@trellis/contracts';
import { recordAudit } from '../../db/queries/audit-log.ts';
import { listRemediation, updateRemediation } from '../../db/queries/save-readiness.ts';
import type { Database } from '../../db/sql-client.ts';
import type { RemediationItem } from '../../domain/remediation-plan.ts';
import { AppError } from '../../errors.ts';
import type { Caller } from '../accounts/caller.ts';

export const updateRemediationUseCase = async (
  db: Database,
  caller: Caller,
  input: { id: number; update: RemediationUpdate; today: string },
): Promise<RemediationItem> =>
  db.transaction(async (tx) => {
    const before = (await listRemediation(tx, caller.orgId, caller.partner?.externalId)).find(
      (r) => r.id === input.id,
    );
    if (!before) throw new AppError('NOT_FOUND', `No remediation item #${input.id}`);
    const row = (await updateRemediation(tx, caller.orgId, input.id, input.update, input.today))!;
    await recordAudit(tx, caller.orgId, caller, {
      action: 'remediation.update',
      entity: 'remediation-item',
      entityId: String(input.id),
      before,
      after: row,
    });
    return row;
  });
