/**
 * A background job as the API shows it (GET …/jobs/:id): its progress while it runs, an import's
 * counts when it ends, the problems that stopped it. The server, the core that runs jobs and the web
 * app all read these shapes.
 */
import { z } from 'zod';
import { issueSchema, recordKindNames } from './common.ts';

export const jobProgressSchema = z
  .object({
    rows: z.number().int(),
    bytes: z.number().int(),
    totalBytes: z.number().int(),
    fraction: z.number().nullable().describe('0–1 where it can be known'),
    stage: z.string(),
  })
  .meta({ id: 'JobProgress' });
export type JobProgress = z.infer<typeof jobProgressSchema>;

/** One column's problems in a rejected import, with its first examples and the fix they point to. */
export const columnProblemsSchema = z
  .object({
    column: z.string(),
    count: z.number().int(),
    examples: z.array(issueSchema),
    hint: z.string().optional().describe('the fix the examples point to'),
  })
  .meta({ id: 'ColumnProblems' });
export type ColumnProblems = z.infer<typeof columnProblemsSchema>;

export const jobErrorSchema = z
  .object({
    code: z.string(),
    message: z.string(),
    issues: z.array(issueSchema),
    total: z.number().int().optional().describe('an import: how many problems in all'),
    stoppedEarly: z
      .boolean()
      .optional()
      .describe('an import: reading stopped at the problem limit, so `total` is "at least"'),
    byColumn: z
      .array(columnProblemsSchema)
      .optional()
      .describe('an import: problems per column, most first, with the first examples'),
  })
  .meta({ id: 'JobError' });
export type JobError = z.infer<typeof jobErrorSchema>;

/** What an import job was asked to do (its payload also holds the mapping it reads through). */
export const importPayloadSchema = z.object({
  entity: z.enum(recordKindNames),
  dryRun: z.boolean(),
  filename: z.string(),
  size: z.number().int(),
});
export type ImportPayload = z.infer<typeof importPayloadSchema>;

/** A finished import's counts (a dry run: what would change), and how the file was read. */
export const importResultSchema = z
  .object({
    entity: z.enum(recordKindNames),
    file: z.string().describe('the source’s name (a file path, an upload’s name)'),
    encoding: z.string().describe('the detected text encoding'),
    delimiter: z.string().describe('the detected field delimiter'),
    notices: z
      .array(z.string())
      .describe('what was skipped or ignored (report title rows, footers, unused source columns)'),
    rows: z.number().int(),
    inserted: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    dryRun: z.boolean(),
  })
  .meta({ id: 'ImportResult' });
export type ImportResult = z.infer<typeof importResultSchema>;

/** The kinds of background job, and where a job stands. */
export const jobKindNames = ['import', 'score-readiness', 'assess-program'] as const;
export const jobStatuses = ['queued', 'running', 'done', 'failed'] as const;

export const jobSchema = z
  .object({
    id: z.string(),
    kind: z.enum(jobKindNames),
    status: z.enum(jobStatuses),
    payload: z.record(z.string(), z.unknown()).describe('an import’s: ImportPayload'),
    progress: jobProgressSchema.nullable(),
    result: z
      .unknown()
      .describe('the outcome of a finished job (an import’s counts: ImportResult; an assessment’s number)'),
    error: jobErrorSchema
      .nullable()
      .describe(
        'why a failed job failed: for an import, the first 1,000 problems (line, column, value, reason)',
      ),
    createdBy: z.string(),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
    attempts: z.number().int(),
  })
  .meta({ id: 'Job' });
export type Job = z.infer<typeof jobSchema>;
