/** The org's settings as stored, with their defaults filled in. */
import { type OrgSettings, orgSettingsSchema } from '@trellis/contracts';
import { AppError } from '../../errors.ts';

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

export const noOrg = (orgId: string) => new AppError('NOT_FOUND', `No org "${orgId}"`);
