/**
 * The org's partners as they stood on a date: every column of `partners`, with the dated
 * attributes (program tier, lifecycle, executive sponsor, partner manager) read from
 * partner_attribute_history at that date (importers/partner-history.ts). A partner with no history
 * row at the date (written before the history existed) keeps its stored value. `org` and `date` are
 * SQL expressions, usually parameters ("$1", "$2").
 */
export const partnersAsOf = (org: string, date: string): string => `(
  select p.org_id, p.id, p.external_id, p.name, p.type, p.region, p.segment, p.joined_on,
    case when d.at ? 'tier' then d.at->>'tier' else p.tier end as tier,
    case when d.at ? 'lifecycle' then d.at->>'lifecycle' else p.lifecycle end as lifecycle,
    case when d.at ? 'executive_sponsor' then d.at->>'executive_sponsor' else p.executive_sponsor end as executive_sponsor,
    case when d.at ? 'owner' then d.at->>'owner' else p.owner end as owner
  from partners p
  left join lateral (
    select jsonb_object_agg(h.attribute, h.value) as at from partner_attribute_history h
     where h.org_id = p.org_id and h.partner_id = p.id
       and h.valid_from <= ${date} and (h.valid_to is null or h.valid_to > ${date})
  ) d on true
  where p.org_id = ${org}
)`;
