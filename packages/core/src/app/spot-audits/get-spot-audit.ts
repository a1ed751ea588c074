/** Use-case: one spot audit (by number, or the newest) with its items and their decisions. */
import type { SpotAudit } from '@trellis/contracts';
import type { z } from 'zod';
import { spotAuditItemsOf, spotAuditSummaryOf } from '../../db/queries/spot-audits.ts';
import type { Database } from '../../db/sql-client.ts';
import type { Caller } from '../accounts/caller.ts';
import { getSpotAuditInput, parseInput } from './spot-audit-input.ts';
import { spotAuditNotFound, spotAuditOfRows } from './spot-audit-view.ts';

export const getSpotAuditUseCase = async (
  db: Database,
  caller: Caller,
  input: z.input<typeof getSpotAuditInput>,
): Promise<SpotAudit> => {
  const { audit: ref } = parseInput(getSpotAuditInput, input, 'spot audit');
  const audit = await spotAuditSummaryOf(db, caller.orgId, ref);
  if (!audit) throw spotAuditNotFound(ref);
  return spotAuditOfRows(audit, await spotAuditItemsOf(db, caller.orgId, audit.number));
};
