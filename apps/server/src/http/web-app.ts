/**
 * Serves the built web app (apps/web/dist): hashed files under /assets/ with a year of immutable
 * caching, and index.html — never cached — for every other GET outside /api/ that asks for HTML,
 * so deep links and reloads land in the app. Files are read once into memory (the app is a few
 * hundred KB) and looked up by exact name, so no request path ever reaches the file system;
 * brotli and gzip copies are made on first request and kept.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** apps/web/dist, from apps/server/src/http or apps/server/dist/http alike. */
export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../../web/dist', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.txt']);

interface Asset {
  body: Buffer;
  type: string;
  compressible: boolean;
  br?: Buffer;
  gzip?: Buffer;
}

export interface WebAssets {
  index: Asset;
  /** By URL path: `/assets/index-abc123.js`. */
  files: Map<string, Asset>;
}

const asset = (file: string): Asset => {
  const ext = extname(file);
  return {
    body: readFileSync(file),
    type: TYPES[ext] ?? 'application/octet-stream',
    compressible: COMPRESSIBLE.has(ext),
  };
};

const cache = new Map<string, WebAssets | null>();

/** The built app in `dir`, or null when it was not built (the API still runs). */
export const loadWebAssets = (dir = DEFAULT_WEB_DIR): WebAssets | null => {
  if (cache.has(dir)) return cache.get(dir)!;
  let found: WebAssets | null = null;
  if (existsSync(join(dir, 'index.html'))) {
    const files = new Map<string, Asset>();
    const assetsDir = join(dir, 'assets');
    if (existsSync(assetsDir))
      for (const name of readdirSync(assetsDir)) files.set(`/assets/${name}`, asset(join(assetsDir, name)));
    found = { index: asset(join(dir, 'index.html')), files };
  }
  cache.set(dir, found);
  return found;
};

const send = (req: FastifyRequest, reply: FastifyReply, a: Asset, cacheControl: string) => {
  reply
    .header('content-type', a.type)
    .header('cache-control', cacheControl)
    .header('vary', 'accept-encoding');
  const accepts = String(req.headers['accept-encoding'] ?? '');
  if (a.compressible && a.body.length > 1024) {
    if (/\bbr\b/.test(accepts)) {
      a.br ??= brotliCompressSync(a.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } });
      return reply.header('content-encoding', 'br').send(a.br);
    }
    if (/\bgzip\b/.test(accepts)) {
      a.gzip ??= gzipSync(a.body, { level: 9 });
      return reply.header('content-encoding', 'gzip').send(a.gzip);
    }
  }
  return reply.send(a.body);
};

/** Whether a request that matched no route should get the app's page (a deep link, a reload). */
const wantsApp = (req: FastifyRequest) =>
  (req.method === 'GET' || req.method === 'HEAD') &&
  !req.url.startsWith('/api/') &&
  !req.url.startsWith('/assets/') &&
  // The root is the app's page for every client (`curl http://host/`, an uptime check).
  (String(req.headers.accept ?? '').includes('text/html') || req.url.split('?')[0] === '/');

/**
 * Adds the asset route and returns the not-found fallback that answers app paths with index.html
 * (the caller keeps its own not-found answer for everything else).
 */
export const registerWebApp = (app: FastifyInstance, assets: WebAssets) => {
  app.get('/assets/:file', { schema: { hide: true } }, async (req, reply) => {
    const a = assets.files.get(req.url.split('?')[0]!);
    if (!a) return reply.callNotFound();
    return send(req, reply, a, 'public, max-age=31536000, immutable');
  });
  return (req: FastifyRequest, reply: FastifyReply): boolean => {
    if (!wantsApp(req)) return false;
    void send(req, reply, assets.index, 'no-cache');
    return true;
  };
};
