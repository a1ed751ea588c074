/** A partner's dated attributes as stored in partner_attribute_history (importers/partner-history.ts). */
import type { partnerAttributeHistory } from '../schema.ts';
import type { SqlClient } from '../sql-client.ts';

export type AttributeValueRow = Pick<
  typeof partnerAttributeHistory.$inferSelect,
  'attribute' | 'value' | 'validFrom' | 'validTo'
>;

/**
 * Every dated value of one partner, by attribute and oldest first; undefined when no such partner
 * is visible (`onlyPartnerId` set for partner users).
 */
export const partnerAttributeValues = async (
  db: SqlClient,
  orgId: string,
  externalId: string,
  onlyPartnerId: number | undefined,
): Promise<AttributeValueRow[] | undefined> => {
  // One row per value, or one row of nulls for a visible partner without history (none: no partner).
  const rows = await db.query<AttributeValueRow>(
    `select h.attribute, h.value, h.valid_from::text as "validFrom", h.valid_to::text as "validTo"
       from partners p
       left join partner_attribute_history h on h.org_id = p.org_id and h.partner_id = p.id
      where p.org_id = $1 and p.external_id = $2 and ($3::int is null or p.id = $3)
      order by h.attribute, h.valid_from`,
    [orgId, externalId, onlyPartnerId ?? null],
  );
  if (rows.length === 0) return undefined;
  return rows.filter((r) => r.attribute !== null);
};
