/** The org's readiness as last scored (or as of a date): tier distribution, readiness by role, largest gaps, remediation, and what was imported since. */
import type { ReadinessSummary } from '@trellis/contracts';
import { scoringDates, scoringSummary } from '../../db/queries/readiness-reads.ts';
import type { Database } from '../../db/sql-client.ts';
import { importedSince } from '../../importers/import-log.ts';
import type { Caller } from '../accounts/caller.ts';
import { scoringDate } from './scoring-date.ts';

export const readinessSummaryUseCase = async (
  db: Database,
  caller: Caller,
  { asOf }: { asOf?: string },
): Promise<ReadinessSummary> => {
  const date = await scoringDate(db, caller, asOf);
  const scorings = await scoringDates(db, caller.orgId);
  const made = scorings.find((s) => s.asOf === date)!.createdAt;
  return {
    ...(await scoringSummary(db, caller.orgId, date))!,
    scorings,
    // What the scoring does not know: rows imported or changed after it was made.
    importedSince: await importedSince(db, caller.orgId, made),
  };
};
