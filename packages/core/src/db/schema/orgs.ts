import { jsonb, pgTable, text } from 'drizzle-orm/pg-core';

export const orgs = pgTable('orgs', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /**
   * The org's own choices (docs/api.md, "Org settings"): `shareHealthWithPartners` (default false)
   * lets partner users see their own health. Absent keys take their defaults.
   */
  settings: jsonb('settings').notNull().default({}),
});

export const orgId = () =>
  text('org_id')
    .notNull()
    .references(() => orgs.id);

/**
 * org_id of a row that already references an org-scoped parent through a composite foreign key
 * (org_id, parent_id): that key guarantees the org exists, so a second check per row would only
 * slow bulk imports down (measured: ~20% of an activities import).
 */
export const scopedOrgId = () => text('org_id').notNull();
