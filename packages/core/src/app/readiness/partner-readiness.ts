/** One partner's readiness: components, contributions, gates, next-tier needs and the live remediation plan; any partner but their own is "not found" to a partner user. */
import { partnerReadinessRow } from '../../db/queries/readiness-reads.ts';
import { listRemediation } from '../../db/queries/save-readiness.ts';
import type { Database } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import type { Caller } from '../accounts/caller.ts';
import { noScoring } from './scoring-date.ts';

export const partnerReadinessUseCase = async (
  db: Database,
  caller: Caller,
  { partner: externalId, asOf }: { partner: string; asOf?: string },
) => {
  const row = await partnerReadinessRow(db, caller.orgId, externalId, asOf, caller.partner?.id);
  if (!row) throw new AppError('NOT_FOUND', `No partner with external_id "${externalId}"`);
  if (!row.asOf) throw noScoring();
  if (!row.detail)
    throw new AppError(
      'NOT_FOUND',
      `Partner ${externalId} was not part of the scoring of ${row.asOf} (retired, or added since)`,
    );
  return { asOf: row.asOf, ...row.detail, remediation: await listRemediation(db, caller.orgId, externalId) };
};
