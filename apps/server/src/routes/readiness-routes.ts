/**
 * Partner readiness: re-score (a job), the org summary, tiers a page at a time, one partner's
 * components, contributions, gates and next-tier needs, and the tier-policy simulation.
 */
import {
  documentEdition,
  isoDate,
  jobSchema,
  type PublishedTiers,
  problemSchema,
  publishedTiersSchema,
  readinessReportSchema,
  readinessSummarySchema,
  scoringRequest,
  tierPolicySourceSchema,
  tierRowSchema,
  tierSimulationSchema,
  tierSortSchema,
} from '@trellis/contracts';
import {
  AppError,
  documentEditionFor,
  enqueueJobUseCase,
  loadTierPolicy,
  pageTiersUseCase,
  parseTierPolicy,
  partnerReadinessUseCase,
  publishedTiers,
  readinessSummaryUseCase,
  renderDocumentFileUseCase,
  scoringContext,
  simulateTierPolicyUseCase,
  tierPolicySource,
} from '@trellis/core';
import { z } from 'zod';
import { documentQuery, downloadResponse, sendDownload } from '../http/download.ts';
import { listOf, page, paged } from '../http/pagination.ts';
import { defineRoute } from '../http/route.ts';
import { jobView } from './job-routes.ts';

const tags = ['Readiness'];
const orgParams = z.object({ org: z.string() });
const partnerParams = z.object({ org: z.string(), id: z.string().min(1).max(200) });
const asOfQuery = z.object({
  asOf: isoDate.optional().describe('the scoring on or before this date; default the latest'),
});
const policyParams = z.object({ org: z.string(), version: z.string().regex(/^[a-z0-9.-]{1,20}$/) });
const partnerRow = readinessReportSchema.shape.partners.element;
const tiersPage = listOf(tierRowSchema).extend({ asOf: z.string() });
const nextTierAnswer = partnerRow
  .pick({ tier: true, composite: true, gates: true, nextTier: true, remediation: true })
  .extend({ asOf: z.string(), partner: z.string().describe('the partner’s external id') });

export const readinessRoutes = [
  defineRoute({
    method: 'POST',
    url: '/orgs/:org/readiness/scorings',
    access: 'readiness:score',
    summary: 'Score every partner’s readiness as of a date (runs as a job)',
    description:
      'Skills × capacity × outcomes → composite, tier with gates and grace period, next-tier needs; stores the tiers, reconciles remediation items, logs tier changes.',
    tags,
    params: orgParams,
    body: scoringRequest,
    responses: { 202: jobSchema },
    handler: async ({ db, caller, body, reply, server }) => {
      loadTierPolicy(body.policyVersion); // an unknown version is refused now, not in the job
      const job = await enqueueJobUseCase(db, caller, {
        kind: 'score-readiness',
        payload: { asOf: body.asOf ?? server.today(), policyVersion: body.policyVersion },
      });
      server.worker.notify();
      reply.code(202).header('location', `/api/v1/orgs/${caller.orgId}/jobs/${job.id}`);
      return jobView(job, server);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/orgs/:org/readiness',
    access: 'readiness:summary',
    summary:
      'Readiness summary of the latest scoring: tier distribution, readiness by role, largest gaps, remediation',
    tags,
    params: orgParams,
    query: asOfQuery,
    responses: {
      200: readinessSummarySchema,
      404: problemSchema,
    },
    handler: ({ db, caller, query }) => readinessSummaryUseCase(db, caller, { asOf: query.asOf }),
  }),
  defineRoute({
    method: 'GET',
    url: '/orgs/:org/readiness/tiers',
    access: 'readiness:read',
    summary: 'Partners’ readiness tiers, composites and components in a scoring, a page at a time',
    description:
      'Each row names both tiers: `tier` (the readiness tier in effect, computed) and `programTier` (recorded in the CRM); `tierReview` is true when the program tier is above the readiness tier. A partner user gets their own partner’s row only.',
    tags,
    params: orgParams,
    query: asOfQuery.extend({
      ...page,
      tier: z.string().max(50).optional().describe('a readiness tier id (computed), or `none`'),
      review: z
        .enum(['true', 'false'])
        .optional()
        .describe('`true`: only partners whose program tier (CRM) is above their readiness tier'),
      sort: tierSortSchema.optional(),
    }),
    responses: { 200: tiersPage },
    handler: async ({ db, caller, query }): Promise<z.infer<typeof tiersPage>> => {
      const r = await pageTiersUseCase(db, caller, { ...query, review: query.review === 'true' });
      return { asOf: r.asOf, ...paged(r, query) };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/orgs/:org/partners/:id/readiness',
    access: 'readiness:read',
    summary:
      'One partner’s readiness: components, contributions, gates, tier, next-tier needs, remediation plan',
    tags,
    params: partnerParams,
    query: asOfQuery,
    responses: { 200: partnerRow.extend({ asOf: z.string() }), 404: problemSchema },
    handler: ({ db, caller, params, query }) =>
      partnerReadinessUseCase(db, caller, { partner: params.id, asOf: query.asOf }),
  }),
  defineRoute({
    method: 'GET',
    url: '/orgs/:org/readiness/document',
    access: 'readiness:summary',
    summary: 'Partner readiness across the program as a document: HTML with its charts, PDF or Markdown',
    description:
      'Tier distribution and readiness by role (charts), the largest gaps by name, one row per partner — the scoring of `asOf` (default the latest), what `trellis score partners` writes as readiness-report.md. Sent as a download.',
    tags,
    query: asOfQuery.extend(documentQuery('readiness').shape),
    responses: { 200: downloadResponse('readiness'), 404: problemSchema, 503: problemSchema },
    handler: async ({ db, caller, query, reply }) =>
      sendDownload(
        reply,
        await renderDocumentFileUseCase(db, caller, {
          kind: 'readiness',
          ...query,
          destination: 'download',
        }),
      ),
  }),
  defineRoute({
    method: 'GET',
    url: '/orgs/:org/partners/:id/document',
    access: 'readiness:read',
    summary: 'One partner’s review (QBR pack) as a document: HTML with its charts, PDF or Markdown',
    description:
      'Where the partner stands (tier, composite, performance — and in the internal edition health and why, satisfaction), its readiness components and what they cost, the gates of its tier, what the next tier needs, and the remediation plan with overdue items flagged. `edition`: staff choose `internal` (the default) or `partner` (what the partner’s own users get: no health unless the org shares it, no satisfaction, no champion); a partner user gets the partner edition of their own partner only, and asking for `internal` is 403. Sent as a download.',
    tags,
    params: partnerParams,
    query: documentQuery('partner').extend({ edition: documentEdition.optional() }),
    responses: {
      200: downloadResponse('partner'),
      403: problemSchema,
      404: problemSchema,
      503: problemSchema,
    },
    handler: async ({ db, caller, params, query, reply, server }) =>
      sendDownload(
        reply,
        await renderDocumentFileUseCase(db, caller, {
          kind: 'partner',
          partner: params.id,
          edition: documentEditionFor(caller, query.edition),
          today: server.today(),
          onlyPartnerId: caller.partner?.id,
          format: query.format,
          paper: query.paper,
          destination: 'download',
        }),
      ),
  }),
  defineRoute({
    method: 'GET',
    url: '/orgs/:org/partners/:id/next-tier',
    access: 'readiness:read',
    summary: 'What one partner needs for the next tier, and the gates of its current one',
    tags,
    params: partnerParams,
    query: asOfQuery,
    responses: { 200: nextTierAnswer, 404: problemSchema },
    handler: async ({ db, caller, params, query }): Promise<z.infer<typeof nextTierAnswer>> => {
      const r = await partnerReadinessUseCase(db, caller, { partner: params.id, asOf: query.asOf });
      return {
        asOf: r.asOf,
        partner: r.externalId,
        tier: r.tier,
        composite: r.composite,
        gates: r.gates,
        nextTier: r.nextTier,
        remediation: r.remediation,
      };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/orgs/:org/readiness/policies/:version',
    access: 'tiers:simulate',
    summary: 'A published tier policy as written: the YAML a simulation starts from',
    tags,
    params: policyParams,
    responses: { 200: tierPolicySourceSchema, 404: problemSchema },
    handler: async ({ params }): Promise<z.infer<typeof tierPolicySourceSchema>> =>
      tierPolicySource(params.version),
  }),
  defineRoute({
    method: 'GET',
    url: '/orgs/:org/readiness/policies/:version/tiers',
    access: 'readiness:read',
    summary: 'The tiers of a published tier policy, highest first: their ids, names and order',
    description:
      'What every page that shows a tier reads its name and rank from (the web app hard-codes no tier). Open to every role that reads readiness; the policy itself is not.',
    tags,
    params: policyParams,
    responses: { 200: publishedTiersSchema, 404: problemSchema },
    handler: async ({ params }): Promise<PublishedTiers> => publishedTiers(params.version),
  }),
  defineRoute({
    method: 'POST',
    url: '/orgs/:org/readiness/simulations',
    access: 'tiers:simulate',
    summary:
      'Apply a candidate tier policy to current data: who would move up or down, and why (writes nothing)',
    tags,
    params: orgParams,
    body: z.object({
      policy: z.string().min(1).max(1_000_000).describe('the candidate tier-policy YAML'),
      current: z.string().default('v1').describe('the published policy version to compare with'),
      asOf: isoDate.optional(),
    }),
    responses: { 200: tierSimulationSchema, 400: problemSchema, 422: problemSchema },
    // The declared type keeps the documented schema and the use-case's answer in step.
    handler: async ({ db, caller, body, server }): Promise<z.infer<typeof tierSimulationSchema>> => {
      const candidate = scoringContext(parseTierPolicy({ name: 'candidate policy', text: body.policy }));
      const current = scoringContext(loadTierPolicy(body.current));
      if (candidate.policy.sha256 === current.policy.sha256)
        throw new AppError('INVALID_INPUT', 'The candidate is the published policy itself', [
          { field: 'policy', reason: 'identical to the current policy' },
        ]);
      return simulateTierPolicyUseCase(db, caller, { asOf: body.asOf ?? server.today(), current, candidate });
    },
  }),
];
