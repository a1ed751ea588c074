/**
 * Defence in depth for the partner view. Every answer to a partner user is already shaped by
 * `answerFor` (http/route.ts) and their review is the partner edition; this last look at each JSON
 * answer before it leaves refuses — as a bare 500, logged with the paths found — one that still
 * carries an internal field (the one list, @trellis/contracts partner-view/), so that a route that
 * sends its answer some other way (a stored JSON text, a new route) cannot leak it silently.
 */
import { internalFieldPaths } from '@trellis/contracts';
import { AppError, partnerViewOf } from '@trellis/core';
import type { FastifyInstance } from 'fastify';
import { problemOf } from './problem.ts';

export const registerPartnerGuard = (app: FastifyInstance) => {
  app.addHook('onSend', async (req, reply, payload) => {
    const view = req.caller ? partnerViewOf(req.caller) : null;
    if (!view || !/json/.test(String(reply.getHeader('content-type') ?? ''))) return payload;
    const text = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString() : null;
    if (text === null) return payload;
    let found: string[];
    try {
      found = internalFieldPaths(JSON.parse(text), view);
    } catch {
      return payload;
    }
    if (found.length === 0) return payload;
    req.log.error(
      { found: found.slice(0, 20) },
      'refused an answer carrying internal fields to a partner user',
    );
    reply.code(500).type('application/problem+json').removeHeader('etag');
    return JSON.stringify(
      problemOf(
        new AppError(
          'INTERNAL',
          `Something went wrong on our side; quote request id ${req.id} when reporting it`,
        ),
        req,
      ),
    );
  });
};
