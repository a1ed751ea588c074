/** Changes some of the org's settings (owners and admins; the permission table decides), audited before and after. */
import type { OrgSettings } from '@trellis/contracts';
import { recordAudit } from '../../db/queries/audit-log.ts';
import { findOrgSettings, lockOrgSettings, mergeOrgSettings } from '../../db/queries/org-settings.ts';
import type { Database } from '../../db/sql-client.ts';
import type { Caller } from '../accounts/caller.ts';
import { noOrg, orgSettingsOf } from './org-settings-of.ts';

export const updateOrgSettingsUseCase = async (
  db: Database,
  caller: Caller,
  patch: Partial<OrgSettings>,
): Promise<OrgSettings> =>
  db.transaction(async (tx) => {
    const stored = await lockOrgSettings(tx, caller.orgId);
    if (stored === undefined) throw noOrg(caller.orgId);
    const before = orgSettingsOf(stored);
    await mergeOrgSettings(tx, caller.orgId, patch);
    const after = orgSettingsOf(await findOrgSettings(tx, caller.orgId));
    await recordAudit(tx, caller.orgId, caller, {
      action: 'org.settings',
      entity: 'org',
      entityId: caller.orgId,
      before,
      after,
    });
    return after;
  });
