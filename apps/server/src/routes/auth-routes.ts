/** First-run setup, sign-in and out, the current session, password change. */
import {
  membershipSchema,
  passwordChangeRequest,
  problemSchema,
  sessionResponse,
  setupRequest,
  signInRequest,
  tokenSessionResponse,
} from '@trellis/contracts';
import {
  AppError,
  changePasswordUseCase,
  getSessionUseCase,
  isSetupNeededUseCase,
  listOrgsUseCase,
  setUpFirstRunUseCase,
  signInUseCase,
  signOutEverywhereUseCase,
  signOutUseCase,
} from '@trellis/core';
import { z } from 'zod';
import { clearSessionCookie, setSessionCookie } from '../auth/session-cookie.ts';
import { defineRoute, type HandlerContext } from '../http/route.ts';

const tags = ['Accounts'];

const sessionOnly = (ctx: HandlerContext<unknown, unknown, unknown>) => {
  if (ctx.principal.kind !== 'session')
    throw new AppError('INVALID_INPUT', 'This needs a signed-in user, not an API token');
  return ctx.principal;
};

const startSession = async (
  ctx: HandlerContext<unknown, unknown, unknown>,
  email: string,
  password: string,
) => {
  const s = await signInUseCase(ctx.server.db, {
    email,
    password,
    address: ctx.req.ip,
    userAgent: ctx.req.headers['user-agent'],
  });
  setSessionCookie(ctx.reply, ctx.req, s.sessionToken, ctx.server.config.TRELLIS_SECURE_COOKIES);
  return {
    user: s.user,
    memberships: s.memberships.map(({ partnerId: _, ...m }) => m),
    csrfToken: s.csrfToken,
  };
};

/** The session as the API shows it: memberships without the partner link (GET /orgs/:org tells a partner user theirs). */
const publicSession = async (...args: Parameters<typeof getSessionUseCase>) => {
  const s = await getSessionUseCase(...args);
  return { ...s, memberships: s.memberships.map(({ partnerId: _, ...m }) => m) };
};

export const authRoutes = [
  defineRoute({
    method: 'GET',
    url: '/setup',
    access: 'public',
    summary: 'Whether first-run setup is still open (no user exists yet)',
    tags,
    responses: { 200: z.object({ needed: z.boolean() }) },
    handler: async ({ server }) => ({ needed: await isSetupNeededUseCase(server.db) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/auth/status',
    access: 'public',
    summary: 'Whether the caller is signed in, and whether first-run setup is open',
    description:
      'Always 200, so that a browser app can ask before it asks for the session (GET /auth/session answers 401 when signed out). A signed-in browser session also gets what GET /auth/session gives, saving the app a round trip on every page load.',
    tags,
    responses: {
      200: z.object({
        signedIn: z.boolean(),
        setupNeeded: z.boolean(),
        session: sessionResponse.optional().describe('for a browser session: as GET /auth/session'),
      }),
    },
    handler: async ({ principal, server }) => {
      if (principal === undefined)
        return { signedIn: false, setupNeeded: await isSetupNeededUseCase(server.db) };
      if (principal.kind !== 'session') return { signedIn: true, setupNeeded: false };
      return { signedIn: true, setupNeeded: false, session: await publicSession(server.db, principal) };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/setup',
    access: 'public',
    summary: 'First run: create the org and its owner, and sign the owner in',
    description: 'Only while no user exists; afterwards 409. Sets the session cookie.',
    tags,
    body: setupRequest,
    responses: { 201: sessionResponse, 409: problemSchema },
    handler: async (ctx) => {
      await setUpFirstRunUseCase(ctx.server.db, ctx.body);
      ctx.reply.code(201);
      return startSession(ctx, ctx.body.owner.email, ctx.body.owner.password);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/auth/sign-in',
    access: 'public',
    summary: 'Sign in with email and password',
    description:
      'Sets the session cookie (HttpOnly, SameSite=Lax, Secure over HTTPS). Failed attempts back off per account from one address, per address and (briefly) per account: 429 with Retry-After, never a lock-out of the owner elsewhere.',
    tags,
    body: signInRequest,
    responses: { 200: sessionResponse, 401: problemSchema, 429: problemSchema },
    handler: (ctx) => startSession(ctx, ctx.body.email, ctx.body.password),
  }),
  defineRoute({
    method: 'POST',
    url: '/auth/sign-out',
    access: 'signed-in',
    summary: 'Sign out this browser',
    tags,
    responses: { 204: z.null() },
    handler: async (ctx) => {
      const p = sessionOnly(ctx);
      await signOutUseCase(ctx.server.db, p);
      clearSessionCookie(ctx.reply, ctx.req, ctx.server.config.TRELLIS_SECURE_COOKIES);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/auth/sign-out-everywhere',
    access: 'signed-in',
    summary: 'End every session of the signed-in user, this one included',
    tags,
    responses: { 200: z.object({ ended: z.number().int() }) },
    handler: async (ctx) => {
      const p = sessionOnly(ctx);
      const ended = await signOutEverywhereUseCase(ctx.server.db, p);
      clearSessionCookie(ctx.reply, ctx.req, ctx.server.config.TRELLIS_SECURE_COOKIES);
      return { ended };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/auth/session',
    access: 'signed-in',
    summary: 'Who is signed in, their orgs and roles, and the CSRF token (or the API token’s org and role)',
    tags,
    responses: { 200: z.union([sessionResponse, tokenSessionResponse]) },
    handler: async ({ principal, server }) => {
      if (principal.kind === 'token')
        return {
          token: {
            id: principal.tokenId,
            name: principal.name,
            orgId: principal.orgId,
            role: principal.role,
          },
        };
      return publicSession(server.db, principal);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/auth/password',
    access: 'signed-in',
    summary: 'Change the password (ends every other session)',
    tags,
    body: passwordChangeRequest,
    responses: { 200: z.object({ otherSessionsEnded: z.number().int() }) },
    handler: async (ctx) => changePasswordUseCase(ctx.server.db, sessionOnly(ctx), ctx.body),
  }),
  defineRoute({
    method: 'GET',
    url: '/orgs',
    access: 'signed-in',
    summary: 'The orgs the caller belongs to, with the role in each',
    tags,
    responses: {
      // An API token is in one org and names no org name.
      200: z.object({ items: z.array(membershipSchema.partial({ orgName: true })) }),
    },
    handler: async ({ principal, server }) => ({ items: await listOrgsUseCase(server.db, principal) }),
  }),
];
