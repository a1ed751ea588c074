/**
 * Reading partner readiness as last scored: the org summary (tier distribution, readiness by role,
 * largest gaps, remediation), the partners' tiers a page at a time, and one partner's components,
 * contributions, gates, next-tier needs and live remediation plan. Partner users reach only their
 * own partner: any other is "not found".
 */
import { partnerIdOf } from '../../db/queries/accounts/members.ts';
import {
  latestScoringDate,
  pageTiers,
  partnerDetail,
  scoringDates,
  scoringSummary,
} from '../../db/queries/readiness-reads.ts';
import { listRemediation } from '../../db/queries/save-readiness.ts';
import type { Database } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import type { Caller } from '../accounts/caller.ts';

const noScoring = () =>
  new AppError('NOT_FOUND', 'Partner readiness has not been scored yet; run a scoring first');

const scoringDate = async (db: Database, caller: Caller, asOf?: string) => {
  const date = await latestScoringDate(db, caller.orgId, asOf);
  if (!date) throw noScoring();
  return date;
};

export const readinessSummaryUseCase = async (db: Database, caller: Caller, asOf?: string) => {
  const date = await scoringDate(db, caller, asOf);
  return {
    ...(await scoringSummary(db, caller.orgId, date))!,
    scorings: await scoringDates(db, caller.orgId),
  };
};

export const pageTiersUseCase = async (
  db: Database,
  caller: Caller,
  q: { asOf?: string; tier?: string; sort?: string; limit: number; offset: number },
) => {
  const asOf = await scoringDate(db, caller, q.asOf);
  return { asOf, ...(await pageTiers(db, caller.orgId, asOf, { ...q, partnerId: caller.partner?.id })) };
};

/** The partner's internal id, if the caller may see it (else NOT_FOUND, whether or not it exists). */
export const visiblePartnerId = async (db: Database, caller: Caller, externalId: string): Promise<number> => {
  const id = caller.partner
    ? caller.partner.externalId === externalId
      ? caller.partner.id
      : undefined
    : await partnerIdOf(db, caller.orgId, externalId);
  if (id === undefined) throw new AppError('NOT_FOUND', `No partner with external_id "${externalId}"`);
  return id;
};

export const partnerReadinessUseCase = async (
  db: Database,
  caller: Caller,
  externalId: string,
  asOf?: string,
) => {
  const partnerId = await visiblePartnerId(db, caller, externalId);
  const date = await scoringDate(db, caller, asOf);
  const detail = await partnerDetail(db, caller.orgId, partnerId, date);
  if (!detail)
    throw new AppError('NOT_FOUND', `Partner ${externalId} was not part of the scoring of ${date}`);
  return { asOf: date, ...detail, remediation: await listRemediation(db, caller.orgId, externalId) };
};
