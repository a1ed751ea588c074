/**
 * The Fastify application: security headers (http/security-headers.ts), CORS (off unless configured), cookies, uploads,
 * authentication, the routes of /api/v1 with their OpenAPI document and offline docs (http/openapi.ts), health and
 * readiness probes, one error handler that speaks problem+json, and the web app (http/web-app.ts).
 */
import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { authenticate } from './auth/authenticate.ts';
import './http/fastify-types.ts';
import { registerStrictJson } from './http/encoding-rule.ts';
import { registerOpenApi } from './http/openapi.ts';
import { registerPartnerGuard } from './http/partner-guard.ts';
import { errorHandler, notFoundHandler } from './http/problem.ts';
import { registerRoutes } from './http/route.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import type { ServerContext } from './http/server-context.ts';
import { RAW_TYPES } from './http/upload.ts';
import { loadWebAssets, registerWebApp } from './http/web-app.ts';
import { allRoutes } from './routes/index.ts';

export interface AppOptions {
  /** pino options, or false for no log (tests). */
  logger?: boolean | Record<string, unknown>;
  /** Answered by /api/ready: false once shutdown has begun. */
  isReady?: () => boolean;
  /** The built web app's folder (default apps/web/dist); without a build only the API is served. */
  webDir?: string;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export const buildApp = async (server: ServerContext, opts: AppOptions = {}): Promise<FastifyInstance> => {
  const { config } = server;
  const app = Fastify({
    logger: opts.logger ?? { level: config.TRELLIS_LOG_LEVEL, stream: process.stderr },
    trustProxy: config.TRELLIS_TRUST_PROXY,
    bodyLimit: 1024 * 1024,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    return503OnClosing: true,
    // Errors before a route is found (a URL that is not UTF-8) speak problem+json like the rest.
    frameworkErrors: (err, req, reply) => errorHandler(err, req, reply),
    // Longer path parameters do not match a route (404 problem+json): ids are at most 200 characters.
    routerOptions: { maxParamLength: 256 },
    forceCloseConnections: 'idle',
  });
  app.setValidatorCompiler(validatorCompiler);
  // Responses are documented by the zod schemas but sent as they are (no per-request re-validation).
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.setErrorHandler(errorHandler);
  const web = loadWebAssets(opts.webDir);
  const webFallback = web ? registerWebApp(app, web) : () => false;
  app.setNotFoundHandler((req, reply) => {
    if (webFallback(req, reply)) return;
    // Without a built web app the root still answers: a plain pointer to what this server serves.
    if (req.url.split('?')[0] === '/' && (req.method === 'GET' || req.method === 'HEAD'))
      return reply
        .type('text/plain; charset=utf-8')
        .send(
          'Trellis: the REST API is under /api/v1 (documentation at /api/docs); build the web app (npm run build) to serve it here.\n',
        );
    return notFoundHandler(req, reply);
  });
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
    if (req.url.startsWith('/api/v1'))
      reply.header('cache-control', reply.getHeader('cache-control') ?? 'no-store');
  });

  registerSecurityHeaders(app);
  registerPartnerGuard(app);
  if (config.TRELLIS_CORS_ORIGINS.length > 0)
    await app.register(cors, { origin: config.TRELLIS_CORS_ORIGINS, credentials: true });
  await app.register(cookie);
  await app.register(multipart, { limits: { fields: 20, files: 1, parts: 25 } });
  // Files as the raw body: accepted only on upload routes (content-type-rule.ts), left unread here
  // for the route to stream within its limit (http/upload.ts).
  app.addContentTypeParser(RAW_TYPES, (_req, _payload, done) => done(null));
  registerStrictJson(app);
  app.addHook('onRequest', authenticate(server.db, config.TRELLIS_SECURE_COOKIES));

  await registerOpenApi(app);
  registerRoutes(app, server, allRoutes);

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/api/health', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/api/ready', { schema: { hide: true } }, async (_req, reply) => {
    const ready = opts.isReady?.() ?? true;
    const db = await server.db.query('select 1 as ok').then(
      () => true,
      () => false,
    );
    return reply
      .code(ready && db ? 200 : 503)
      .send({ status: ready && db ? 'ready' : 'unavailable', database: db, engine: server.db.engine });
  });
  return app;
};
