/** One job of the org: status, progress, result or the problem with every rejected row. */
import { findJob } from '../../db/queries/jobs.ts';
import type { Database } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import type { Caller } from '../accounts/caller.ts';
import type { Job } from './job.ts';

export const getJobUseCase = async (db: Database, caller: Caller, { id }: { id: string }): Promise<Job> => {
  const job = /^[0-9a-f-]{36}$/.test(id) ? await findJob(db, caller.orgId, id) : undefined;
  if (!job) throw new AppError('NOT_FOUND', 'No such job');
  return job;
};
