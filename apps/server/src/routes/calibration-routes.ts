/**
 * Calibration sessions (docs/governance.md, "Calibration sessions"): program managers open and
 * close them; assessors rate the units they are given, blind; results once closed.
 */
import {
  calibrationRatingRequest,
  calibrationRatingSchema,
  calibrationSessionCreateRequest,
  calibrationSessionDetail,
  calibrationSessionResults,
  calibrationSessionSchema,
  calibrationSessionSummary,
  calibrationUnitsToRate,
  problemSchema,
} from '@trellis/contracts';
import {
  calibrationSessionResultsUseCase,
  closeCalibrationSessionUseCase,
  createCalibrationSessionUseCase,
  getCalibrationSessionUseCase,
  listCalibrationSessionsUseCase,
  listUnitsToRateUseCase,
  submitCalibrationRatingUseCase,
} from '@trellis/core';
import { z } from 'zod';
import { randomSeed } from '../http/random-seed.ts';
import { defineRoute } from '../http/route.ts';

const tags = ['Governance'];
const base = '/orgs/:org/calibration-sessions';
const sessionParams = z.object({ org: z.string(), session: z.coerce.number().int().min(1) });
export const calibrationRoutes = [
  defineRoute({
    method: 'POST',
    url: base,
    access: 'calibration:run',
    summary: 'Open a calibration session: evaluations to rate and the members who rate them',
    tags,
    params: z.object({ org: z.string() }),
    body: calibrationSessionCreateRequest,
    responses: { 201: calibrationSessionSchema, 400: problemSchema },
    handler: async ({ db, caller, body, reply }) => {
      const session = await createCalibrationSessionUseCase(db, caller, {
        ...body,
        seed: body.seed ?? randomSeed(),
      });
      reply.code(201);
      return session;
    },
  }),
  defineRoute({
    method: 'GET',
    url: base,
    access: 'calibration:read',
    summary: 'Calibration sessions, newest first',
    description: 'An assessor sees only the sessions they rate.',
    tags,
    params: z.object({ org: z.string() }),
    responses: { 200: z.object({ items: z.array(calibrationSessionSummary) }) },
    handler: async ({ db, caller }) => ({ items: await listCalibrationSessionsUseCase(db, caller) }),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/:session`,
    access: 'calibration:read',
    summary: 'One calibration session, with its raters’ progress (counts, never ratings)',
    tags,
    params: sessionParams,
    responses: { 200: calibrationSessionDetail, 404: problemSchema },
    handler: ({ db, caller, params }) =>
      getCalibrationSessionUseCase(db, caller, { session: params.session }),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/:session/units`,
    access: 'calibration:rate',
    summary: 'The units you are to rate, with their evidence and your own ratings',
    description:
      'Never the evaluation’s stored level nor another rater’s rating; none for someone who does not rate.',
    tags,
    params: sessionParams,
    responses: { 200: calibrationUnitsToRate, 404: problemSchema },
    handler: ({ db, caller, params }) => listUnitsToRateUseCase(db, caller, { session: params.session }),
  }),
  defineRoute({
    method: 'PUT',
    url: `${base}/:session/units/:unit/rating`,
    access: 'calibration:rate',
    summary: 'Rate a unit (once; a rater of an open session only)',
    tags,
    params: sessionParams.extend({ unit: z.string().min(1).max(200) }),
    body: calibrationRatingRequest,
    responses: { 200: calibrationRatingSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema },
    handler: ({ db, caller, params, body }) =>
      submitCalibrationRatingUseCase(db, caller, {
        session: params.session,
        unit: params.unit,
        value: body.value,
      }),
  }),
  defineRoute({
    method: 'POST',
    url: `${base}/:session/close`,
    access: 'calibration:run',
    summary: 'Close a session: no more ratings; its results can be read',
    tags,
    params: sessionParams,
    body: z.strictObject({}).nullish(),
    responses: { 200: calibrationSessionSchema, 404: problemSchema, 409: problemSchema },
    handler: ({ db, caller, params }) =>
      closeCalibrationSessionUseCase(db, caller, { session: params.session }),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/:session/results`,
    access: 'calibration:read',
    summary:
      'A closed session’s agreement: alpha with its interval, per competency and overall; drift; flags',
    tags,
    params: sessionParams,
    responses: { 200: calibrationSessionResults, 404: problemSchema, 409: problemSchema },
    handler: ({ db, caller, params }) =>
      calibrationSessionResultsUseCase(db, caller, { session: params.session }),
  }),
];
