/**
 * Security headers on every response, computed once (the set helmet sends by default, with a
 * strict Content-Security-Policy, which the API docs at /api/docs run under too). A route that sets
 * its own policy keeps it.
 */
import type { FastifyInstance } from 'fastify';

const CSP = [
  "default-src 'self'",
  "base-uri 'self'",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "script-src 'self'",
  "connect-src 'self'",
  "font-src 'self' data:",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

const HEADERS: Record<string, string> = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

export const registerSecurityHeaders = (app: FastifyInstance): void => {
  app.addHook('onSend', async (_req, reply) => {
    reply.headers(HEADERS);
    if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', CSP);
  });
};
