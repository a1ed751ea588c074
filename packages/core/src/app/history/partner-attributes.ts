/**
 * A partner's program tier, lifecycle, executive sponsor and partner manager over time: what an
 * assessment as of a date read (docs/imports.md, "Dated attributes"). Partner users reach only their
 * own partner.
 */
import type { PartnerAttributeHistory } from '@trellis/contracts';
import { partnerAttributeValues } from '../../db/queries/partner-attributes.ts';
import type { SqlClient } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import type { Caller } from '../accounts/caller.ts';

const LABELS = {
  tier: 'Program tier',
  lifecycle: 'Lifecycle',
  executive_sponsor: 'Executive sponsor',
  owner: 'Partner manager',
} as const;

export const partnerAttributeHistoryUseCase = async (
  db: SqlClient,
  caller: Caller,
  { partner: externalId }: { partner: string },
): Promise<PartnerAttributeHistory> => {
  const rows = await partnerAttributeValues(db, caller.orgId, externalId, caller.partner?.id);
  if (!rows) throw new AppError('NOT_FOUND', `No partner with external_id "${externalId}"`);
  const attributes = (Object.keys(LABELS) as (keyof typeof LABELS)[]).map((attribute) => ({
    attribute,
    label: LABELS[attribute],
    values: rows
      .filter((r) => r.attribute === attribute)
      .map(({ value, validFrom, validTo }) => ({ value, validFrom, validTo })),
  }));
  return { partner: externalId, attributes };
};
