/**
 * Program assessments: create from a brief (a job), list, read the six deliverables (the report
 * JSON contract, or the dashboard without per-partner rows, and the performance table a page at a
 * time), score or override a criterion with a reason, track the plan's progress, finalise.
 */
import {
  assessmentCreateRequest,
  assessmentSchema,
  criterionScoreRequest,
  criterionUnitCounts,
  criterionUnitRow,
  criterionUnitStatus,
  jobSchema,
  performanceSortKeys,
  planItemStatusRequest,
  planItemView,
  problemSchema,
  programReportSchema,
} from '@trellis/contracts';
import {
  type AssessmentRef,
  assessmentRefParam,
  briefFromValue,
  checkBriefAgainstFramework,
  enqueueJobUseCase,
  finalizeAssessmentUseCase,
  getAssessmentBriefUseCase,
  getAssessmentReportUseCase,
  getAssessmentUseCase,
  getCriterionUseCase,
  listAssessmentsUseCase,
  loadProgramFramework,
  pageCriterionUnitsUseCase,
  pagePerformanceUseCase,
  renderDocumentFileUseCase,
  scoreCriterionUseCase,
  setPlanItemStatusUseCase,
} from '@trellis/core';
import { z } from 'zod';
import { documentQuery, downloadResponse, sendDownload } from '../http/download.ts';
import { listOf, page, paged } from '../http/pagination.ts';
import { defineRoute, type HandlerContext } from '../http/route.ts';
import { jobView } from './job-routes.ts';

const tags = ['Assessments'];
const orgParams = z.object({ org: z.string() });
const refParams = z.object({ org: z.string(), number: assessmentRefParam });
const criterionParams = refParams.extend({ criterion: z.string().min(1).max(100) });
const actionParams = refParams.extend({ action: z.string().min(1).max(100) });
const performanceRow = programReportSchema.shape.performance.shape.partners.element;

/** A stored report document, from the cache when its version is current, with an ETag (304 when unchanged). */
const sendDocument = async (
  { db, caller, params, reply, req, server }: HandlerContext<{ number: AssessmentRef }, unknown, unknown>,
  part: 'full' | 'dashboard',
) => {
  const key = (n: number, v: string) => `${caller.orgId}/${n}/${part}/${v}`;
  const doc = await getAssessmentReportUseCase(db, caller, {
    ref: params.number,
    part,
    cached: (n, v) => server.documents.get(key(n, v)),
  });
  server.documents.set(key(doc.number, doc.version), doc.json);
  const etag = `"${doc.number}-${doc.version}-${part}"`;
  reply.header('etag', etag).header('cache-control', 'private, no-cache');
  if (req.headers['if-none-match'] === etag) return reply.code(304).send();
  return reply.type('application/json').send(doc.json);
};

export const assessmentRoutes = [
  defineRoute({
    method: 'POST',
    url: '/orgs/:org/assessments',
    access: 'assessments:create',
    summary: 'Assess the program from a brief (runs as a job)',
    description:
      'The brief is validated at once (400 naming the field); the assessment itself runs as a job whose result names the new assessment’s number.',
    tags,
    params: orgParams,
    body: assessmentCreateRequest,
    responses: { 202: jobSchema, 400: problemSchema },
    handler: async ({ db, caller, body, reply, server }) => {
      const brief = briefFromValue(body.brief);
      checkBriefAgainstFramework(brief, loadProgramFramework(body.frameworkVersion).framework, 'brief');
      const job = await enqueueJobUseCase(db, caller, {
        kind: 'assess-program',
        payload: { brief, briefName: 'brief', frameworkVersion: body.frameworkVersion, asOf: body.asOf },
      });
      server.worker.notify();
      reply.code(202).header('location', `/api/v1/orgs/${caller.orgId}/jobs/${job.id}`);
      return jobView(job, server);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/orgs/:org/assessments',
    access: 'assessments:read',
    summary: 'Assessments, newest first',
    tags,
    params: orgParams,
    query: z.object({ ...page, status: z.enum(['draft', 'final']).optional() }),
    responses: { 200: listOf(assessmentSchema) },
    handler: async ({ db, caller, query }) => paged(await listAssessmentsUseCase(db, caller, query), query),
  }),
  defineRoute({
    method: 'GET',
    url: '/orgs/:org/assessments/:number',
    access: 'assessments:read',
    summary: 'One assessment: date, status, overall score and band, framework',
    tags,
    params: refParams,
    responses: { 200: assessmentSchema, 404: problemSchema },
    handler: ({ db, caller, params }) => getAssessmentUseCase(db, caller, { ref: params.number }),
  }),
  defineRoute({
    method: 'GET',
    url: '/orgs/:org/assessments/:number/brief',
    access: 'assessments:read',
    summary: 'The brief the assessment was made from, as POST /assessments takes it',
    description:
      'Context, objectives, initiatives, constraints and the manual scores — with the assessor’s scores as they stand — so that an assessment of another date can start from it.',
    tags,
    params: refParams,
    responses: { 200: assessmentCreateRequest.shape.brief, 404: problemSchema },
    handler: ({ db, caller, params }) => getAssessmentBriefUseCase(db, caller, { ref: params.number }),
  }),
  defineRoute({
    method: 'GET',
    url: '/orgs/:org/assessments/:number/report',
    access: 'assessments:read',
    summary: 'The six deliverables: the report JSON contract (schemas/program-report.schema.json)',
    tags,
    params: refParams,
    responses: { 200: programReportSchema, 404: problemSchema },
    handler: (ctx) => sendDocument(ctx, 'full'),
  }),
  defineRoute({
    method: 'GET',
    url: '/orgs/:org/assessments/:number/document',
    access: 'assessments:read',
    summary:
      'The assessment as a document for people: Markdown, or one self-contained HTML file with its charts',
    description:
      'The executive summary (with the trend against the assessment before), the six deliverables with charts, the 30/60/90-day plan and an appendix of sources — what `trellis report` writes. Sent as a download (`Content-Disposition: attachment`). The HTML makes no request of any kind; the PDF is it printed by the server’s Chromium (503 when the server has none).',
    tags,
    params: refParams,
    query: documentQuery('program'),
    responses: {
      200: downloadResponse('program'),
      404: problemSchema,
      503: problemSchema,
    },
    handler: async ({ db, caller, params, query, reply }) =>
      sendDownload(
        reply,
        await renderDocumentFileUseCase(db, caller, {
          kind: 'program',
          assessment: params.number,
          ...query,
          destination: 'download',
        }),
      ),
  }),
  defineRoute({
    method: 'GET',
    url: '/orgs/:org/assessments/:number/dashboard',
    access: 'assessments:read',
    summary:
      'The report without the per-partner rows and per-criterion partner lists (page those with /performance, read one criterion with /criteria/:criterion)',
    tags,
    params: refParams,
    responses: { 200: programReportSchema, 404: problemSchema },
    handler: (ctx) => sendDocument(ctx, 'dashboard'),
  }),
  defineRoute({
    method: 'GET',
    url: '/orgs/:org/assessments/:number/performance',
    access: 'performance:read',
    summary: 'The performance dashboard’s partner rows, filtered, sorted and paginated',
    description: 'A partner user gets their own partner’s row only.',
    tags,
    params: refParams,
    query: z.object({
      ...page,
      sort: z
        .string()
        .regex(
          new RegExp(`^-?(${performanceSortKeys.join('|')})$`),
          `one of ${performanceSortKeys.join(', ')}`,
        )
        .optional(),
      health: z.enum(['engaged', 'passive', 'at-risk', 'dormant']).optional(),
      type: z.string().max(50).optional(),
      engagement: z.enum(['high', 'medium', 'low']).optional(),
      programTier: z
        .string()
        .max(50)
        .optional()
        .describe(
          'the program tier recorded in the CRM, in any letter case; `none` for partners without one',
        ),
      readinessTier: z
        .string()
        .max(50)
        .optional()
        .describe(
          'the readiness tier computed (platinum, gold, silver, bronze); `none` for partners without one',
        ),
      review: z
        .enum(['true', 'false'])
        .optional()
        .describe('`true`: only partners whose program tier is above their readiness tier'),
      region: z.string().max(200).optional().describe('the partner’s region, exactly'),
      q: z.string().max(200).optional(),
    }),
    responses: { 200: listOf(performanceRow), 404: problemSchema },
    handler: async ({ db, caller, params, query }) =>
      paged(
        await pagePerformanceUseCase(db, caller, {
          ref: params.number,
          page: { ...query, review: query.review === 'true' },
        }),
        query,
      ),
  }),
  defineRoute({
    method: 'GET',
    url: '/orgs/:org/assessments/:number/criteria/:criterion',
    access: 'assessments:read',
    summary: 'One criterion: its signal and the partners behind it, suggested, manual and final score',
    tags,
    params: criterionParams,
    responses: {
      200: programReportSchema.shape.scorecard.element.shape.criteria.element,
      404: problemSchema,
    },
    handler: ({ db, caller, params }) =>
      getCriterionUseCase(db, caller, { ref: params.number, criterion: params.criterion }),
  }),
  defineRoute({
    method: 'GET',
    url: '/orgs/:org/assessments/:number/criteria/:criterion/units',
    access: 'assessments:read',
    summary:
      'Every unit behind one criterion’s signal, failing ones first, a page at a time, each with its own figure',
    description:
      'Each partner (or target region and segment) behind the value: counted ones first, failing before passing, then those outside the denominator (`counted: false`: no survey, no QBR due). `detail` is its figure ("0 of 4 QBRs held", "no program tier"), `value`/`of` its numbers, adding up to the signal’s basis; partners carry their performance row’s name, type, program and readiness tiers and health. `counts` covers every unit whatever the search; `status` keeps one kind. A criterion without a signal has no units.',
    tags,
    params: criterionParams,
    query: z.object({
      ...page,
      q: z.string().max(200).optional().describe('part of a name or id'),
      status: criterionUnitStatus.optional(),
    }),
    responses: {
      200: listOf(criterionUnitRow).extend({ counts: criterionUnitCounts }),
      404: problemSchema,
    },
    handler: async ({ db, caller, params, query }) => {
      const r = await pageCriterionUnitsUseCase(db, caller, {
        ref: params.number,
        criterion: params.criterion,
        page: query,
      });
      return { ...paged(r, query), counts: r.counts };
    },
  }),
  defineRoute({
    method: 'PUT',
    url: '/orgs/:org/assessments/:number/criteria/:criterion',
    access: 'assessments:score',
    summary: 'Score or override one criterion (a reason is required); drafts only',
    description:
      'Recomputes the deliverables with the assessor’s score; the audit log records before and after. 409 once the assessment is final.',
    tags,
    params: criterionParams,
    body: criterionScoreRequest,
    responses: { 200: programReportSchema, 400: problemSchema, 409: problemSchema },
    handler: ({ db, caller, params, body }) =>
      scoreCriterionUseCase(db, caller, {
        ref: params.number,
        criterion: params.criterion,
        score: body,
      }),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/orgs/:org/assessments/:number/criteria/:criterion',
    access: 'assessments:score',
    summary: 'Withdraw the assessor’s score of one criterion (back to the data’s suggestion)',
    tags,
    params: criterionParams,
    responses: { 200: programReportSchema, 409: problemSchema },
    handler: ({ db, caller, params }) =>
      scoreCriterionUseCase(db, caller, {
        ref: params.number,
        criterion: params.criterion,
        score: null,
      }),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/orgs/:org/assessments/:number/plan/:action',
    access: 'assessments:score',
    summary:
      'Set the progress of one action of the 30/60/90-day plan (todo, in progress, done) and its owner; drafts only',
    description:
      'Send `status`, `owner` (a name; null clears it) or both. The report, the dashboard and the documents show them on the plan item; they stay with the action when the plan is recomputed. 404 for an action not in the plan, 409 once the assessment is final; audited.',
    tags,
    params: actionParams,
    body: planItemStatusRequest,
    responses: { 200: planItemView, 400: problemSchema, 404: problemSchema, 409: problemSchema },
    handler: ({ db, caller, params, body }) =>
      setPlanItemStatusUseCase(db, caller, { ref: params.number, action: params.action, change: body }),
  }),
  defineRoute({
    method: 'POST',
    url: '/orgs/:org/assessments/:number/finalize',
    access: 'assessments:finalize',
    summary: 'Finalise: the assessment becomes immutable',
    tags,
    params: refParams,
    responses: { 200: assessmentSchema, 409: problemSchema },
    handler: ({ db, caller, params }) => finalizeAssessmentUseCase(db, caller, { ref: params.number }),
  }),
];
