/** The org's settings with their defaults filled in. */
import type { OrgSettings } from '@trellis/contracts';
import { findOrgSettings } from '../../db/queries/org-settings.ts';
import type { Database } from '../../db/sql-client.ts';
import type { Caller } from '../accounts/caller.ts';
import { noOrg, orgSettingsOf } from './org-settings-of.ts';

export const getOrgSettingsUseCase = async (db: Database, caller: Caller): Promise<OrgSettings> => {
  const stored = await findOrgSettings(db, caller.orgId);
  if (stored === undefined) throw noOrg(caller.orgId);
  return orgSettingsOf(stored);
};
