/** Use-case: overturn rates per assessor and per competency — of one spot audit (or the newest), or of all the org's. */
import type { SpotAuditResults } from '@trellis/contracts';
import type { z } from 'zod';
import { auditedItems, spotAuditSummaryOf } from '../../db/queries/spot-audits.ts';
import type { Database } from '../../db/sql-client.ts';
import { overturnRates } from '../../domain/audits/overturn-rates.ts';
import type { Caller } from '../accounts/caller.ts';
import { parseInput, spotAuditResultsInput } from './spot-audit-input.ts';
import { spotAuditNotFound } from './spot-audit-view.ts';

export const spotAuditResultsUseCase = async (
  db: Database,
  caller: Caller,
  input: z.input<typeof spotAuditResultsInput>,
): Promise<SpotAuditResults> => {
  const { audit: ref } = parseInput(spotAuditResultsInput, input, 'spot audit');
  const audit = ref === undefined ? undefined : await spotAuditSummaryOf(db, caller.orgId, ref);
  if (ref !== undefined && !audit) throw spotAuditNotFound(ref);
  return {
    audit: audit?.number ?? null,
    ...overturnRates(await auditedItems(db, caller.orgId, audit?.number)),
  };
};
