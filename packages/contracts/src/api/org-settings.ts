/**
 * The org's own choices (GET/PATCH /orgs/:org/settings, owners and admins). Stored in
 * `orgs.settings` (jsonb); a key that was never set takes its default here.
 */
import { z } from 'zod';

export const orgSettingsSchema = z
  .object({
    shareHealthWithPartners: z
      .boolean()
      .default(false)
      .describe(
        'partner users also see their own health and its reasons (never satisfaction figures, champion tags or notes); off by default',
      ),
  })
  .meta({ id: 'OrgSettings' });

export type OrgSettings = z.output<typeof orgSettingsSchema>;

/** A change of some settings; the others keep their values. */
export const orgSettingsUpdateRequest = z
  .strictObject({ shareHealthWithPartners: z.boolean().optional() })
  .refine((b) => Object.keys(b).length > 0, 'name at least one setting');
