/**
 * One route = one declaration: method, URL, the permission it needs, zod schemas (which validate
 * the request and generate the OpenAPI document) and a handler. `registerRoutes` adds the access
 * checks in one place, in this order: signed in (401) → member of the org in the URL (404, so
 * nobody learns which orgs exist) → role allowed by the permission table (403) → a partner user
 * neither filters nor sorts by an internal field (403) → no NUL or lone surrogate in any text (400)
 * → handler; and the answer is shaped for its
 * reader in one place (a partner user's is the partner view).
 */

import { timingSafeEqual } from 'node:crypto';
import {
  AppError,
  answerFor,
  type Caller,
  callerIn,
  checkPartnerQuery,
  type Database,
  type Principal,
} from '@trellis/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type Permission, permits, rolesText } from '../permissions/permission-table.ts';
import { checkContentType } from './content-type-rule.ts';
import { checkQueryEncoding } from './encoding-rule.ts';
import { commonProblems, operationIdOf, securityOf } from './route-docs.ts';
import type { ServerContext } from './server-context.ts';
import { checkRequestText } from './text-rule.ts';
import { waitForUploadSlot } from './upload-gate.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Access = Permission | 'public' | 'signed-in';

export interface HandlerContext<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  req: FastifyRequest;
  reply: FastifyReply;
  server: ServerContext;
  /** Signed-in routes: who is calling. */
  principal: Principal;
  /** Org routes: the caller within the org of the URL, and the database seen by that org. */
  caller: Caller;
  db: Database;
}

/** A response documented by content type (a download): the OpenAPI response object's shape. */
export interface ContentResponse {
  description: string;
  content: Record<string, { schema: z.ZodType }>;
}

/**
 * Documented responses (not enforced at run time): a schema (JSON), or the content types of a
 * download. The problems every route of its access can answer are added (http/route-docs.ts).
 */
export type Responses = Partial<Record<number, z.ZodType | ContentResponse>>;

type Success = 200 | 201 | 202;

/** The JSON a route answers with: the type of its 2xx zod schemas (never when it has none). */
type JsonAnswer<R> = {
  [S in Success & keyof R]: R[S] extends z.ZodType ? z.infer<R[S]> : never;
}[Success & keyof R];

/**
 * What a handler may return: its documented 2xx JSON; or, for a download or a 204, nothing (the
 * route sends itself or answers 204); a route may always send the answer itself (the reply).
 */
export type HandlerResult<R> =
  // biome-ignore lint/suspicious/noConfusingVoidType: what an async handler that answers nothing returns
  ([JsonAnswer<R>] extends [never] ? void : JsonAnswer<R>) | FastifyReply;

/** What a route says of itself, read by the server, the OpenAPI document and the tests. */
interface RouteDeclaration<P, Q, B, R> {
  method: Method;
  /** Under /api/v1; org routes start with /orgs/:org. */
  url: string;
  access: Access;
  summary: string;
  tags: string[];
  description?: string;
  params?: P;
  query?: Q;
  body?: B;
  responses?: R;
  /** Largest request body, bytes (uploads). */
  bodyLimit?: number;
  /** Content types the body may have besides JSON (uploads). */
  consumes?: string[];
}

/** A route as written: its handler typed by its own schemas. */
export interface TypedRoute<
  P extends z.ZodType,
  Q extends z.ZodType,
  B extends z.ZodType,
  R extends Responses,
> extends RouteDeclaration<P, Q, B, R> {
  handler: (ctx: HandlerContext<z.infer<P>, z.infer<Q>, z.infer<B>>) => Promise<HandlerResult<R>>;
}

/** Everything a handler gets besides the request's values. */
type RouteRequest = Omit<HandlerContext<unknown, unknown, unknown>, 'params' | 'query' | 'body'>;

/** A route as the server holds it: the declaration, and its handler behind one typed door. */
export interface RouteSpec extends RouteDeclaration<z.ZodType, z.ZodType, z.ZodType, Responses> {
  answer: (request: RouteRequest) => Promise<unknown>;
}

/**
 * The values fastify's validator (fastify-type-provider-zod) put on the request after parsing them
 * with this very schema: its output. Fastify types them `unknown` (its type provider cannot see
 * through a generic schema), so this is the one place the two are joined.
 */
const validated = <S extends z.ZodType>(_schema: S | undefined, value: unknown) => value as z.infer<S>;

export const defineRoute = <
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends Responses = Responses,
>({
  handler,
  ...declaration
}: TypedRoute<P, Q, B, R>): RouteSpec => ({
  ...declaration,
  answer: (request) =>
    handler({
      ...request,
      params: validated(declaration.params, request.req.params),
      query: validated(declaration.query, request.req.query),
      body: validated(declaration.body, request.req.body),
    }),
});

export const API_PREFIX = '/api/v1';

const safeEqual = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

const orgParam = z.object({ org: z.string() });

const describeAccess = (access: Access): string =>
  access === 'public'
    ? 'No sign-in needed.'
    : access === 'signed-in'
      ? 'Any signed-in user or API token.'
      : `Permission \`${access}\` — roles: ${rolesText(access)}.`;

export const requirePrincipal = (req: FastifyRequest): Principal => {
  if (!req.principal)
    throw new AppError('UNAUTHENTICATED', 'Sign in, or send an API token as "Authorization: Bearer …"');
  return req.principal;
};

/** Unsafe methods sent with a session cookie must carry the session's CSRF token (double submit). */
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const checkCsrf = (req: FastifyRequest, principal: Principal) => {
  if (principal.kind !== 'session' || !UNSAFE.has(req.method)) return;
  const sent = req.headers['x-csrf-token'];
  if (typeof sent !== 'string' || !safeEqual(sent, principal.csrfToken))
    throw new AppError('FORBIDDEN', 'Missing or wrong X-CSRF-Token header (the csrfToken of your session)');
};

/**
 * The access checks, run as the route's first hook (before the body is validated, so an anonymous
 * or unauthorised caller learns nothing about the shape the route expects).
 */
const checkAccess = async (server: ServerContext, spec: RouteSpec, req: FastifyRequest) => {
  if (spec.access === 'public') return;
  const principal = requirePrincipal(req);
  checkCsrf(req, principal);
  if (!spec.url.startsWith('/orgs/:org')) return;
  const { org } = orgParam.parse(req.params);
  const caller = await callerIn(server.db, principal, org, req.id);
  if (!caller) throw new AppError('NOT_FOUND', `No org "${org}" that you can reach`);
  if (spec.access !== 'signed-in' && !permits(caller.role, spec.access))
    throw new AppError(
      'FORBIDDEN',
      `Your role (${caller.role.replace('_', ' ')}) may not do this; it needs ${rolesText(spec.access)}`,
    );
  checkPartnerQuery(caller, (req.query ?? {}) as Record<string, unknown>);
  req.caller = caller;
};

export const registerRoutes = (app: FastifyInstance, server: ServerContext, routes: readonly RouteSpec[]) => {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  for (const spec of routes) {
    typed.route({
      method: spec.method,
      url: `${API_PREFIX}${spec.url}`,
      bodyLimit: spec.bodyLimit,
      schema: {
        operationId: operationIdOf(spec.method, spec.url),
        summary: spec.summary,
        description: [spec.description, describeAccess(spec.access)].filter(Boolean).join('\n\n'),
        tags: spec.tags,
        ...(spec.params ? { params: spec.params } : {}),
        ...(spec.query ? { querystring: spec.query } : {}),
        ...(spec.body ? { body: spec.body } : {}),
        ...(spec.consumes ? { consumes: spec.consumes } : {}),
        response: {
          ...commonProblems({
            method: spec.method,
            url: spec.url,
            access: spec.access,
            hasInput: Boolean(spec.params || spec.query || spec.body || spec.consumes),
          }),
          ...spec.responses,
        },
        security: securityOf(spec.access),
      },
      onRequest: async (req, reply) => {
        await checkAccess(server, spec, req);
        checkContentType(spec.consumes, req);
        // An upload's body is read only once it holds a slot (its bytes wait in the socket).
        if (spec.bodyLimit !== undefined) await waitForUploadSlot(server.uploads, reply);
      },
      // Before the schemas: no NUL or lone surrogate reaches a handler (http/text-rule.ts).
      preValidation: async (req) => {
        checkQueryEncoding(req.raw.url ?? '');
        checkRequestText(req);
      },
      handler: (req, reply) =>
        server.inFlight.track(async () => {
          const caller = req.caller as Caller;
          const result = await spec.answer({
            req,
            reply,
            server,
            principal: req.principal as Principal,
            caller,
            db: caller ? server.db.forOrg(caller.orgId) : server.db,
          });
          if (reply.sent) return reply;
          if (result === undefined)
            return reply.code(reply.statusCode === 200 ? 204 : reply.statusCode).send();
          // The one place answers are shaped for their reader: a partner user gets the partner
          // view (no health unless the org shares it, no satisfaction, no champion; see
          // @trellis/core app/partner-view.ts). http/partner-guard.ts checks it once more.
          return reply.send(caller ? answerFor(caller, result) : result);
        }),
    });
  }
};
