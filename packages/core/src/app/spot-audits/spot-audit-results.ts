/** Use-case: one spot audit — its draw, its items with their decisions, and the overturn rates. */
import type { z } from 'zod';
import { auditedItems, spotAuditItemsOf, spotAuditOf } from '../../db/queries/spot-audits.ts';
import type { Database } from '../../db/sql-client.ts';
import { type OverturnRates, overturnRates } from '../../domain/audits/overturn-rates.ts';
import { AppError } from '../../errors.ts';
import type { Caller } from '../accounts/caller.ts';
import type { SpotAuditView } from './draw-spot-audit.ts';
import { parseInput, spotAuditResultsInput } from './spot-audit-input.ts';

export interface SpotAuditResults {
  audit: Omit<SpotAuditView, 'strata'>;
  rates: OverturnRates;
}

export const spotAuditResultsUseCase = async (
  db: Database,
  caller: Caller,
  input: z.input<typeof spotAuditResultsInput>,
): Promise<SpotAuditResults> => {
  const { audit: number } = parseInput(spotAuditResultsInput, input, 'spot audit');
  const audit = await spotAuditOf(db, caller.orgId, number);
  if (!audit) throw new AppError('NOT_FOUND', `No spot audit #${number}`);
  const items = await spotAuditItemsOf(db, caller.orgId, number);
  return { audit: { ...audit, items }, rates: overturnRates(await auditedItems(db, caller.orgId, number)) };
};
