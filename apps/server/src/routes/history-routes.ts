/**
 * The program over quarters: overall and dimension scores per assessment, readiness tier counts
 * per scoring, the partners that moved, and delivery outcomes between two dates.
 */
import {
  outcomesComparisonSchema,
  outcomesQuery,
  problemSchema,
  programHistorySchema,
} from '@trellis/contracts';
import { compareOutcomesUseCase, programHistoryUseCase } from '@trellis/core';
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
];
