/**
 * What the OpenAPI document says of every route beyond its own declaration, derived in one place
 * from the route's method, URL and access so that no operation lacks it: an operationId (client
 * generators name their functions after it), who may call it (`security`), and the problems its
 * access checks and validation can answer. Documentation only: nothing here changes an answer.
 */
import { problemSchema } from '@trellis/contracts';
import type { z } from 'zod';

type Access = string;

const pascal = (word: string) =>
  word
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');

/**
 * `GET /orgs/:org/partners/:id/readiness` → `getOrgPartnersByIdReadiness`: the method, then each
 * segment (a parameter as `By…`); `/orgs/:org` reads as `Org`, the one org every such route is in.
 */
export const operationIdOf = (method: string, url: string): string =>
  method.toLowerCase() +
  url
    .replace(/^\/orgs\/:org(?=\/|$)/, '/org')
    .split('/')
    .filter(Boolean)
    .map((s) => (s.startsWith(':') ? `By${pascal(s.slice(1))}` : pascal(s)))
    .join('');

/** Public routes say so explicitly (an empty list): the others take a session or a token. */
export const securityOf = (access: Access): Record<string, string[]>[] =>
  access === 'public' ? [] : [{ session: [] }, { bearer: [] }];

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The problems any route like this one can answer before its handler runs (http/route.ts
 * checkAccess, the text rule and the zod validation): 400 for bad input, 401 unauthenticated,
 * 403 for a role without the permission or a write without the CSRF token, 404 for an org the
 * caller cannot reach. A route's own `responses` come on top and win.
 */
export const commonProblems = (spec: {
  method: string;
  url: string;
  access: Access;
  hasInput: boolean;
}): Record<number, z.ZodType> => {
  const problems: Record<number, z.ZodType> = {};
  if (spec.hasInput) problems[400] = problemSchema;
  if (spec.access === 'public') return problems;
  problems[401] = problemSchema;
  if (spec.access !== 'signed-in' || UNSAFE.has(spec.method)) problems[403] = problemSchema;
  if (spec.url.startsWith('/orgs/:org')) problems[404] = problemSchema;
  return problems;
};
