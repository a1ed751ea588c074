/** Use-case: update or close one remediation item; NOT_FOUND when the org has no item with that id. */

import type { RemediationUpdate } from '@trellis/contracts';
import { type Actor, systemActor } from '../../actor.ts';
import { recordAudit } from '../../db/queries/audit-log.ts';
import { listRemediation, updateRemediation } from '../../db/queries/save-readiness.ts';
import type { Database } from '../../db/sql-client.ts';
import type { RemediationItem } from '../../domain/remediation-plan.ts';
import { AppError } from '../../errors.ts';

export const updateRemediationUseCase = async (
  db: Database,
  input: {
    orgId: string;
    id: number;
    update: RemediationUpdate;
    today: string;
    actor?: Actor;
    /** Partner users: only their partner's items exist for them. */
    partner?: string;
  },
): Promise<RemediationItem> =>
  db.transaction(async (tx) => {
    const before = (await listRemediation(tx, input.orgId, input.partner)).find((r) => r.id === input.id);
    if (!before) throw new AppError('NOT_FOUND', `No remediation item #${input.id}`);
    const row = (await updateRemediation(tx, input.orgId, input.id, input.update, input.today))!;
    await recordAudit(tx, input.orgId, input.actor ?? systemActor(), {
      action: 'remediation.update',
      entity: 'remediation-item',
      entityId: String(input.id),
      before,
      after: row,
    });
    return row;
  });
