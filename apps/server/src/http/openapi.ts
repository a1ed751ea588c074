/**
 * The OpenAPI 3.1 document of /api/v1 (served at /api/openapi.json) and its interactive docs at
 * /api/docs, both served by the server itself (no CDN: the docs work offline). Every zod schema
 * given an id (`.meta({ id: 'Problem' })`, the global registry) is published once under
 * components.schemas and referenced from the operations, so the document passes Redocly's
 * recommended lint and client generators can use it (apps/server/test/openapi-*.test.ts).
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { createJsonSchemaTransform, createJsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { dropUnusedSchemas } from './unused-schemas.ts';

const publishSchemas = createJsonSchemaTransformObject({});

export const registerOpenApi = async (app: FastifyInstance): Promise<void> => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Trellis API',
        version: '1',
        description:
          'Partner program readiness, measured from evidence and explained. Errors are RFC 9457 problem+json. Sign in with POST /api/v1/auth/sign-in (session cookie; send X-CSRF-Token on writes) or send an API token as Authorization: Bearer.',
      },
      // Relative: the paths already start with /api/v1, on whichever host serves the document.
      servers: [{ url: '/', description: 'the server that serves this document' }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'trellis_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: createJsonSchemaTransform({ skipList: ['/api/health', '/api/ready', '/api/openapi.json'] }),
    transformObject: (doc) => dropUnusedSchemas(publishSchemas(doc)),
  });
  // No `staticCSP`: the docs get the app's own policy (http/security-headers.ts). swagger-ui's
  // default one blocks the <style> element its bundle injects (a console error in every browser)
  // while allowing styles and fonts from any https: origin and upgrading requests to https.
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { validatorUrl: null, deepLinking: true },
  } as never);
};
