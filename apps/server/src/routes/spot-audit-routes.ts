/**
 * Spot audits (docs/governance.md, "Spot audits"): draw a seeded sample of the quarter's passing
 * evaluations, decide each item (upheld, or overturned with a level and a reason), read the
 * overturn rates. The seed is chosen here, at the door, when the request gives none — the domain
 * draws nothing without one — and stored with the audit, so the draw can be made again.
 */
import {
  auditOutcomeRequest,
  auditOutcomeResultSchema,
  problemSchema,
  spotAuditDrawnSchema,
  spotAuditDrawRequest,
  spotAuditResultsSchema,
  spotAuditSchema,
  spotAuditSummarySchema,
} from '@trellis/contracts';
import {
  drawSpotAuditUseCase,
  getSpotAuditUseCase,
  listSpotAuditsUseCase,
  recordAuditOutcomeUseCase,
  spotAuditResultsUseCase,
} from '@trellis/core';
import { z } from 'zod';
import { randomSeed } from '../http/random-seed.ts';
import { defineRoute } from '../http/route.ts';

const tags = ['Governance'];
const orgParams = z.object({ org: z.string() });
const auditNumber = z.coerce.number().int().min(1).describe('the spot audit’s number within the org');
const auditParams = orgParams.extend({ number: auditNumber });
const auditRefParams = orgParams.extend({
  number: z
    .union([z.literal('latest'), auditNumber])
    .describe('the spot audit’s number within the org, or `latest`'),
});
const itemParams = auditParams.extend({
  evaluation: z.string().min(1).max(200).describe('the evaluation’s external id'),
});

export const spotAuditRoutes = [
  defineRoute({
    method: 'POST',
    url: '/orgs/:org/spot-audits',
    access: 'audits:run',
    summary: 'Draw a spot audit: a seeded share of the quarter’s passing evaluations, by tier × assessor',
    description:
      'Without a seed, one is chosen at random and stored: the same date, share and seed draw the same evaluations again.',
    tags,
    params: orgParams,
    body: spotAuditDrawRequest,
    responses: { 201: spotAuditDrawnSchema },
    handler: async ({ db, caller, body, reply, server }) => {
      const drawn = await drawSpotAuditUseCase(db, caller, {
        asOf: body.asOf ?? server.today(),
        share: body.share,
        seed: body.seed ?? randomSeed(),
      });
      reply.code(201);
      return drawn;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/orgs/:org/spot-audits',
    access: 'audits:read',
    summary: 'The spot audits, newest first, with how many items are decided and overturned',
    tags,
    params: orgParams,
    responses: { 200: z.object({ items: z.array(spotAuditSummarySchema) }) },
    handler: async ({ db, caller }) => ({ items: await listSpotAuditsUseCase(db, caller) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/orgs/:org/spot-audits/results',
    access: 'audits:read',
    summary: 'Overturn rates per assessor and per competency, over every spot audit',
    tags,
    params: orgParams,
    responses: { 200: spotAuditResultsSchema },
    handler: ({ db, caller }) => spotAuditResultsUseCase(db, caller, {}),
  }),
  defineRoute({
    method: 'GET',
    url: '/orgs/:org/spot-audits/:number',
    access: 'audits:read',
    summary: 'One spot audit with its items and their decisions',
    tags,
    params: auditRefParams,
    responses: { 200: spotAuditSchema, 404: problemSchema },
    handler: ({ db, caller, params }) => getSpotAuditUseCase(db, caller, { audit: params.number }),
  }),
  defineRoute({
    method: 'GET',
    url: '/orgs/:org/spot-audits/:number/results',
    access: 'audits:read',
    summary: 'Overturn rates per assessor and per competency, of one spot audit',
    tags,
    params: auditRefParams,
    responses: { 200: spotAuditResultsSchema, 404: problemSchema },
    handler: ({ db, caller, params }) => spotAuditResultsUseCase(db, caller, { audit: params.number }),
  }),
  defineRoute({
    method: 'PUT',
    url: '/orgs/:org/spot-audits/:number/items/:evaluation',
    access: 'audits:decide',
    summary: 'Decide a drawn evaluation: upheld, or overturned with the new level and a reason',
    description:
      'A decision is final (409 the second time). An overturn writes the new level to the evaluation and re-scores readiness at once. No one decides an evaluation they scored themselves (403).',
    tags,
    params: itemParams,
    body: auditOutcomeRequest,
    responses: { 200: auditOutcomeResultSchema, 404: problemSchema, 409: problemSchema },
    handler: ({ db, caller, params, body }) =>
      recordAuditOutcomeUseCase(db, caller, {
        audit: params.number,
        evaluation: params.evaluation,
        outcome: body.outcome,
        level: body.level,
        reason: body.reason,
      }),
  }),
];
