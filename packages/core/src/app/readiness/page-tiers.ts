/** The partners' tiers of one scoring, a page at a time; a partner user sees only their own partner. */
import type { TierRow, TierSort } from '@trellis/contracts';
import { pageTiers } from '../../db/queries/readiness-reads.ts';
import type { Database } from '../../db/sql-client.ts';
import type { Caller } from '../accounts/caller.ts';
import { scoringDate } from './scoring-date.ts';

export const pageTiersUseCase = async (
  db: Database,
  caller: Caller,
  q: { asOf?: string; tier?: string; review?: boolean; sort?: TierSort; limit: number; offset: number },
): Promise<{ asOf: string; items: TierRow[]; total: number }> => {
  const asOf = await scoringDate(db, caller, q.asOf);
  return { asOf, ...(await pageTiers(db, caller.orgId, asOf, { ...q, partnerId: caller.partner?.id })) };
};
