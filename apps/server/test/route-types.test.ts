/**
 * A route's handler is typed by its own schemas: its params, query and body are what the schemas
 * produce, and its answer must be what its 2xx schema documents (`npm run typecheck` checks the
 * `@ts-expect-error` lines: each must stay an error).
 */
import { assessmentRefParam } from '@trellis/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineRoute } from '../src/http/route.ts';

const declared = {
  method: 'GET' as const,
  url: '/orgs/:org/probe',
  access: 'signed-in' as const,
  summary: 'probe',
  tags: ['T'],
};
const counted = z.object({ n: z.number() });

describe('defineRoute', () => {
  it('checks a handler’s answer against its 2xx schema', () => {
    const routes = [
      defineRoute({ ...declared, responses: { 200: counted }, handler: async () => ({ n: 1 }) }),
      defineRoute({
        ...declared,
        responses: { 200: counted },
        // @ts-expect-error the schema says n is a number
        handler: async () => ({ n: '1' }),
      }),
      defineRoute({
        ...declared,
        responses: { 201: counted, 400: z.object({ title: z.string() }) },
        // @ts-expect-error a problem's shape is not the answer's
        handler: async () => ({ title: 'no' }),
      }),
      defineRoute({ ...declared, responses: { 204: z.null() }, handler: async () => undefined }),
      defineRoute({
        ...declared,
        responses: { 204: z.null() },
        // @ts-expect-error a 204 answers nothing
        handler: async () => ({ n: 1 }),
      }),
      defineRoute({
        ...declared,
        params: z.object({ org: z.string(), number: assessmentRefParam }),
        responses: { 200: z.object({ ref: z.union([z.literal('latest'), z.number()]) }) },
        handler: async ({ params }) => ({ ref: params.number }),
      }),
    ];
    expect(routes.map((r) => r.url)).toEqual(routes.map(() => declared.url));
    expect(routes.every((r) => typeof r.answer === 'function' && !('handler' in r))).toBe(true);
  });

  it('reads an assessment ref from the path: `latest` or a number from 1', () => {
    expect(assessmentRefParam.parse('latest')).toBe('latest');
    expect(assessmentRefParam.parse('12')).toBe(12);
    for (const bad of ['0', '-1', '1.5', 'newest', ''])
      expect(assessmentRefParam.safeParse(bad).success).toBe(false);
  });
});
