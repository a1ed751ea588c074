/**
 * Who is calling, for every request: a bearer API token (an invalid one is refused outright, never
 * treated as anonymous), else the session cookie (an expired one is simply absent).
 */
import { AppError, authenticateSessionUseCase, authenticateTokenUseCase, type Database } from '@trellis/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { clearSessionCookie, SESSION_COOKIE } from './session-cookie.ts';

export const authenticate =
  (db: Database, secureCookies: boolean) => async (req: FastifyRequest, reply: FastifyReply) => {
    const header = req.headers.authorization;
    if (header !== undefined) {
      const m = /^Bearer\s+(\S+)$/i.exec(header);
      const principal = m ? await authenticateTokenUseCase(db, { token: m[1]! }) : undefined;
      if (!principal) throw new AppError('UNAUTHENTICATED', 'The API token is unknown, malformed or revoked');
      req.principal = principal;
      return;
    }
    const cookie = req.cookies[SESSION_COOKIE];
    if (!cookie) return;
    const principal =
      cookie.length <= 100 ? await authenticateSessionUseCase(db, { sessionToken: cookie }) : undefined;
    if (principal) req.principal = principal;
    else clearSessionCookie(reply, req, secureCookies);
  };
