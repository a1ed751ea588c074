/**
 * The session cookie: HttpOnly (scripts cannot read it), SameSite=Lax (not sent on cross-site
 * writes), Secure whenever the request came over HTTPS (or TRELLIS_SECURE_COOKIES says so).
 */
import { SESSION_TTL_SECONDS } from '@trellis/core';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'trellis_session';

const options = (req: FastifyRequest, forceSecure: boolean) => ({
  path: '/',
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: forceSecure || req.protocol === 'https',
});

export const setSessionCookie = (
  reply: FastifyReply,
  req: FastifyRequest,
  token: string,
  forceSecure: boolean,
) => reply.setCookie(SESSION_COOKIE, token, { ...options(req, forceSecure), maxAge: SESSION_TTL_SECONDS });

export const clearSessionCookie = (reply: FastifyReply, req: FastifyRequest, forceSecure: boolean) =>
  reply.clearCookie(SESSION_COOKIE, options(req, forceSecure));
