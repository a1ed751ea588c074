/**
 * The program over quarters: overall and dimension scores per assessment, readiness tier counts
 * per scoring, the partners that moved, delivery outcomes between two dates, and one partner's
 * program tier, lifecycle, sponsor and manager over time.
 */
import {
  outcomesComparisonSchema,
  outcomesQuery,
  partnerAttributeHistorySchema,
  problemSchema,
  programHistorySchema,
  remediationImpactSchema,
} from '@trellis/contracts';
import {
  compareOutcomesUseCase,
  compareRemediationImpactUseCase,
  partnerAttributeHistoryUseCase,
  programHistoryUseCase,
} from '@trellis/core';
import { z } from 'zod';
import { defineRoute } from '../http/route.ts';

const tags = ['History'];
const orgParams = z.object({ org: z.string() });

export const historyRoutes = [
  defineRoute({
    method: 'GET',
    url: '/orgs/:org/history',
    access: 'assessments:read',
    summary: 'The program quarter over quarter: assessments, readiness scorings and the partners that moved',
    description:
      'Oldest first. `assessments`: one per as-of date (the latest made of that date) with its overall and dimension scores; `scorings`: each readiness scoring’s partners per readiness tier; `moves`: each partner whose readiness tier in effect changed from one scoring to the next.',
    tags,
    params: orgParams,
    responses: { 200: programHistorySchema, 404: problemSchema },
    handler: ({ db, caller }) => programHistoryUseCase(db, caller),
  }),
  defineRoute({
    method: 'GET',
    url: '/orgs/:org/history/outcomes',
    access: 'assessments:read',
    summary:
      'Delivery outcomes between two dates: time to live, CSAT, renewal and expansion, and what changed',
    description:
      'Each date reads the delivery projects that went live in the window before it, as long as the gap between the dates (so the windows are adjacent): (from − w, from] against (to − w, to]. `change.statement` is the sentence ("Between 31 Mar 2026 and 30 Sep 2026, partners cut time-to-live by 24% …"); `byPartner` lists each partner’s own figures.',
    tags,
    params: orgParams,
    query: outcomesQuery,
    responses: { 200: outcomesComparisonSchema, 400: problemSchema },
    handler: ({ db, caller, query, server }) =>
      compareOutcomesUseCase(db, caller, { ...query, today: server.today() }),
  }),
  defineRoute({
    method: 'GET',
    url: '/orgs/:org/history/remediation-impact',
    access: 'assessments:read',
    summary: 'Outcomes between two dates for partners who went through remediation against those who did not',
    description:
      'The same windows and figures as /history/outcomes, for two cohorts: `remediated` (partners with a remediation item opened on or before `from`) and `others`; the cohorts add up to the program. `statement` says both ("… partners who went through remediation cut time-to-live by 24% …; … partners who did not …").',
    tags,
    params: orgParams,
    query: outcomesQuery,
    responses: { 200: remediationImpactSchema, 400: problemSchema },
    handler: ({ db, caller, query, server }) =>
      compareRemediationImpactUseCase(db, caller, { ...query, today: server.today() }),
  }),
  defineRoute({
    method: 'GET',
    url: '/orgs/:org/partners/:id/history',
    access: 'partners:read',
    summary: 'One partner’s program tier, lifecycle, executive sponsor and partner manager over time',
    description:
      'Each value with the day it took effect (`validFrom`) and the day the next one took over (`validTo`, null while current), oldest first. Partners imports keep this history (an optional `valid_from` column dates a change, else the import’s date); an assessment as of a date reads the values valid then. Partner users see their own partner.',
    tags,
    params: z.object({ org: z.string(), id: z.string().min(1).max(200) }),
    responses: { 200: partnerAttributeHistorySchema, 404: problemSchema },
    handler: ({ db, caller, params }) => partnerAttributeHistoryUseCase(db, caller, { partner: params.id }),
  }),
];
