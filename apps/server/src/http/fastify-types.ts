import '@fastify/cookie';
import '@fastify/multipart';
import type { Caller, Principal } from '@trellis/core';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the authentication hook when a session cookie or bearer token is valid. */
    principal?: Principal;
    /** Org routes: the principal within the org of the URL (set by the route's access check). */
    caller?: Caller;
  }
}
