/** Use-case: the org's spot audits, newest first, each with how far its decisions are. */
import type { SpotAuditSummary } from '@trellis/contracts';
import { listSpotAudits } from '../../db/queries/spot-audits.ts';
import type { Database } from '../../db/sql-client.ts';
import type { Caller } from '../accounts/caller.ts';
import { spotAuditSummaryOf } from './spot-audit-view.ts';

export const listSpotAuditsUseCase = async (
  db: Database,
  caller: Caller,
  _input: Record<string, never> = {},
): Promise<SpotAuditSummary[]> => (await listSpotAudits(db, caller.orgId)).map(spotAuditSummaryOf);
