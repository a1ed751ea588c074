/** Imports (CSV uploads run as jobs) and the jobs themselves: status, progress, outcome, row errors. */
import { importMappingName, jobSchema, problemSchema } from '@trellis/contracts';
import { entityNames, getJobUseCase, type Job, listJobsUseCase, startImportUseCase } from '@trellis/core';
import { z } from 'zod';
import { listOf, page, paged } from '../http/pagination.ts';
import { defineRoute } from '../http/route.ts';
import type { ServerContext } from '../http/server-context.ts';
import { MB, receiveUpload, UPLOAD_BODY_LIMIT } from '../http/upload.ts';

type JobAnswer = z.infer<typeof jobSchema>;

/** A job as the API shows it; a running job's progress comes live from the worker running it here. */
export const jobView = (job: Job, server: ServerContext): JobAnswer => ({
  id: job.id,
  kind: job.kind,
  status: job.status,
  payload: job.payload,
  progress: (job.status === 'running' && server.worker.progress(job.id)) || job.progress,
  result: job.result,
  error: job.error,
  createdBy: job.createdByLabel,
  createdAt: job.createdAt,
  startedAt: job.startedAt,
  finishedAt: job.finishedAt,
  attempts: job.attempts,
});

const orgParams = z.object({ org: z.string() });

export const jobRoutes = [
  defineRoute({
    method: 'POST',
    url: '/orgs/:org/imports/:entity',
    access: 'imports:run',
    summary: 'Upload a canonical CSV to import, as a job',
    description:
      'Send the CSV as the body (Content-Type: text/csv; name it with X-Filename) or as multipart field `file`. Answers 202 with the job; poll it for progress, the counts, or every rejected row. All-or-nothing; `dryRun=true` validates and counts without writing. A CRM export is read through one mapping: `preset=`, `mapping=` (one the org saved; 404 if unknown) or a mapping file as the multipart field `mapping`; a mapping for another entity is 400.',
    tags: ['Imports'],
    params: z.object({ org: z.string(), entity: z.enum(entityNames) }),
    query: z.object({
      dryRun: z.enum(['true', 'false']).default('false'),
      preset: z.string().max(100).optional().describe('a built-in mapping (salesforce-opportunities, …)'),
      mapping: importMappingName
        .optional()
        .describe('a mapping the org saved (PUT /orgs/:org/mappings/:name)'),
      dateFormat: z
        .string()
        .max(20)
        .optional()
        .describe('M/D/YYYY or DD.MM.YYYY: the order of dates written with / or .'),
      sheet: z
        .string()
        .max(100)
        .optional()
        .describe('the worksheet of an .xlsx workbook (default: the first)'),
    }),
    consumes: ['text/csv', 'multipart/form-data'],
    bodyLimit: UPLOAD_BODY_LIMIT,
    responses: { 202: jobSchema, 400: problemSchema, 404: problemSchema, 413: problemSchema },
    handler: async ({ req, reply, db, caller, params, query, server }) => {
      const max = server.config.TRELLIS_MAX_IMPORT_MB * MB;
      const upload = await receiveUpload(req, server.importFiles, caller.orgId, max, `${params.entity}.csv`);
      const job = await startImportUseCase(
        db,
        caller,
        {
          entity: params.entity,
          upload: upload.blob,
          filename: upload.filename,
          mapping: {
            preset: query.preset || undefined,
            saved: query.mapping,
            fileText: upload.fields.mapping || undefined,
          },
          dateFormat: query.dateFormat,
          sheet: query.sheet,
          dryRun: query.dryRun === 'true',
        },
        server.importFiles,
      );
      server.worker.notify();
      reply.code(202).header('location', `/api/v1/orgs/${caller.orgId}/jobs/${job.id}`);
      return jobView(job, server);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/orgs/:org/jobs',
    access: 'jobs:read',
    summary: 'Recent jobs, newest first',
    tags: ['Jobs'],
    params: orgParams,
    query: z.object(page),
    responses: { 200: listOf(jobSchema) },
    handler: async ({ db, caller, query, server }) => {
      const r = await listJobsUseCase(db, caller, query);
      return paged({ items: r.items.map((j) => jobView(j, server)), total: r.total }, query);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/orgs/:org/jobs/:id',
    access: 'jobs:read',
    summary: 'One job: status, progress, result or the problem with every rejected row',
    tags: ['Jobs'],
    params: z.object({ org: z.string(), id: z.string() }),
    responses: { 200: jobSchema, 404: problemSchema },
    handler: async ({ db, caller, params, server }) =>
      jobView(await getJobUseCase(db, caller, { id: params.id }), server),
  }),
];
