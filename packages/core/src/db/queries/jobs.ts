/**
 * The jobs table: a queue any number of server instances share. A job is claimed by exactly one
 * worker with `FOR UPDATE SKIP LOCKED` (others skip the locked row instead of waiting), which
 * works the same on PGlite and PostgreSQL.
 */
import type { jobs } from '../schema/work.ts';
import type { SqlClient } from '../sql-client.ts';
import { storableJson } from '../storable-json.ts';

/**
 * A job row as the queries select it, typed by the jobs table (db/schema/work.ts): kind and status
 * are the contracts' enums, progress and error the contracts' shapes the worker writes.
 */
export type JobRow = Pick<
  typeof jobs.$inferSelect,
  | 'id'
  | 'orgId'
  | 'kind'
  | 'status'
  | 'payload'
  | 'progress'
  | 'result'
  | 'error'
  | 'createdBy'
  | 'createdByToken'
  | 'createdByLabel'
  | 'createdAt'
  | 'startedAt'
  | 'finishedAt'
  | 'lockedBy'
  | 'attempts'
  | 'inputSha256'
>;
export type JobStatus = JobRow['status'];

const columns = `id, org_id as "orgId", kind, status, payload, progress, result, error, created_by as "createdBy",
  created_by_token as "createdByToken", created_by_label as "createdByLabel", created_at as "createdAt",
  started_at as "startedAt", finished_at as "finishedAt", locked_by as "lockedBy", attempts,
  input_sha256 as "inputSha256"`;

export const insertJob = async (
  db: SqlClient,
  j: {
    orgId: string;
    kind: string;
    payload: unknown;
    inputSha256?: string;
    createdBy?: string;
    createdByToken?: string;
    createdByLabel: string;
  },
): Promise<JobRow> =>
  (
    await db.query<JobRow>(
      `insert into jobs (org_id, kind, payload, input_sha256, created_by, created_by_token, created_by_label)
       values ($1, $2, $3, $4, $5, $6, $7) returning ${columns}`,
      [
        j.orgId,
        j.kind,
        JSON.stringify(j.payload),
        j.inputSha256 ?? null,
        j.createdBy ?? null,
        j.createdByToken ?? null,
        j.createdByLabel,
      ],
    )
  )[0]!;

/** Claims the oldest queued job for `worker`, or returns undefined when none is free. */
export const claimJob = async (db: SqlClient, worker: string): Promise<JobRow | undefined> =>
  (
    await db.query<JobRow>(
      `update jobs set status = 'running', started_at = now(), heartbeat_at = now(), locked_by = $1,
              attempts = attempts + 1
       where id = (select id from jobs where status = 'queued' order by created_at, id
                   for update skip locked limit 1)
       returning ${columns}`,
      [worker],
    )
  )[0];

/** Serialises keeping or removing one upload of the org with queueing a job that reads it (job-upload.ts). */
export const lockUpload = (tx: SqlClient, orgId: string, sha256: string) =>
  tx.query('select pg_advisory_xact_lock(hashtext($1))', [`trellis:upload:${orgId}:${sha256}`]);

/** Whether a job of the org still to run (queued or running) reads the upload `sha256`. */
export const uploadInUse = async (db: SqlClient, orgId: string, sha256: string): Promise<boolean> =>
  (
    await db.query(
      `select 1 from jobs where org_id = $1 and input_sha256 = $2 and status in ('queued', 'running') limit 1`,
      [orgId, sha256],
    )
  ).length > 0;

export const reportProgress = async (db: SqlClient, id: string, progress: unknown): Promise<void> => {
  await db.query('update jobs set progress = $2, heartbeat_at = now() where id = $1', [
    id,
    storableJson(progress),
  ]);
};

/** A running job is still alive: the stale sweep leaves it alone. */
export const beatJob = async (db: SqlClient, id: string): Promise<void> => {
  await db.query(`update jobs set heartbeat_at = now() where id = $1 and status = 'running'`, [id]);
};

/** Ends a job (its upload, no longer needed, is released by the caller: app/jobs/job-upload.ts). */
export const finishJob = async (
  db: SqlClient,
  id: string,
  outcome: { status: 'done'; result: unknown } | { status: 'failed'; error: unknown },
): Promise<void> => {
  await db.query(
    `update jobs set status = $2, result = $3, error = $4, finished_at = now(), heartbeat_at = now()
     where id = $1`,
    [
      id,
      outcome.status,
      outcome.status === 'done' ? storableJson(outcome.result ?? null) : null,
      outcome.status === 'failed' ? storableJson(outcome.error) : null,
    ],
  );
};

/** How many times a job is started before a stalled one is given up (a job that kills its worker). */
export const MAX_JOB_ATTEMPTS = 3;

/**
 * Jobs whose worker stopped reporting (a crashed instance) go back to the queue — unless they have
 * been started MAX_JOB_ATTEMPTS times already: those fail, saying so, instead of running forever.
 * Returns them with their new status (a failed one's upload can be released).
 */
export const requeueStale = async (
  db: SqlClient,
  staleSeconds: number,
): Promise<Pick<JobRow, 'id' | 'orgId' | 'status' | 'inputSha256'>[]> =>
  db.query(
    `update jobs set
         status = case when attempts >= ${MAX_JOB_ATTEMPTS} then 'failed' else 'queued' end,
         locked_by = null,
         finished_at = case when attempts >= ${MAX_JOB_ATTEMPTS} then now() end,
         error = case when attempts >= ${MAX_JOB_ATTEMPTS}
           then jsonb_build_object('code', 'INTERNAL', 'issues', '[]'::jsonb, 'message',
             'The job stopped without an outcome ' || attempts || ' times and was given up; the server log has the details')
           else error end
       where status = 'running' and heartbeat_at < now() - make_interval(secs => $1)
       returning id, org_id as "orgId", status, input_sha256 as "inputSha256"`,
    [staleSeconds],
  );

export const findJob = async (db: SqlClient, orgId: string, id: string): Promise<JobRow | undefined> =>
  (await db.query<JobRow>(`select ${columns} from jobs where org_id = $1 and id = $2`, [orgId, id]))[0];

export const listJobs = (db: SqlClient, orgId: string, limit: number, offset: number): Promise<JobRow[]> =>
  db.query<JobRow>(
    `select ${columns} from jobs where org_id = $1 order by created_at desc, id limit $2 offset $3`,
    [orgId, limit, offset],
  );

export const countJobs = async (db: SqlClient, orgId: string): Promise<number> =>
  (await db.query<{ n: number }>('select count(*)::int as n from jobs where org_id = $1', [orgId]))[0]!.n;
