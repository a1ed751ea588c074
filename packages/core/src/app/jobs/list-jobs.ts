/** The org's recent jobs, newest first, a page at a time. */
import { countJobs, listJobs } from '../../db/queries/jobs.ts';
import type { Database } from '../../db/sql-client.ts';
import type { Caller } from '../accounts/caller.ts';

export const listJobsUseCase = async (
  db: Database,
  caller: Caller,
  page: { limit: number; offset: number },
) => ({
  items: await listJobs(db, caller.orgId, page.limit, page.offset),
  total: await countJobs(db, caller.orgId),
});
