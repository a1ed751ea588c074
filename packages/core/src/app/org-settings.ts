/**
 * The org's settings (docs/api.md, "Org settings"): read with their defaults filled in, changed by
 * owners and admins (the permission table decides who), every change in the audit log.
 */
import { type OrgSettings, orgSettingsSchema } from '@trellis/contracts';
import { recordAudit } from '../db/queries/audit-log.ts';
import { findOrgSettings, lockOrgSettings, mergeOrgSettings } from '../db/queries/org-settings.ts';
import type { Database } from '../db/sql-client.ts';
import { AppError } from '../errors.ts';
import type { Caller } from './accounts/caller.ts';

/**
 * Stored settings with their defaults. A stored value of the wrong type (written by hand) is read
 * as the default, so that a broken setting never shares more than intended.
 */
export const orgSettingsOf = (stored: unknown): OrgSettings => {
  const raw = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const parsed = orgSettingsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  return orgSettingsSchema.parse({});
};

const noOrg = (orgId: string) => new AppError('NOT_FOUND', `No org "${orgId}"`);

export const getOrgSettingsUseCase = async (db: Database, caller: Caller): Promise<OrgSettings> => {
  const stored = await findOrgSettings(db, caller.orgId);
  if (stored === undefined) throw noOrg(caller.orgId);
  return orgSettingsOf(stored);
};

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
