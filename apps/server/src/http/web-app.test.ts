import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { loadWebAssets, registerWebApp } from './web-app.ts';

const dist = () => {
  const dir = mkdtempSync(join(tmpdir(), 'trellis-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(join(dir, 'assets', 'index-abc.js'), `console.log(${JSON.stringify('x'.repeat(5000))});`);
  writeFileSync(join(dir, 'secret.txt'), 'not an asset');
  return dir;
};

const app = () => {
  const a = Fastify();
  const fallback = registerWebApp(a, loadWebAssets(dist())!);
  a.setNotFoundHandler((req, reply) => {
    if (!fallback(req, reply)) reply.code(404).send({ code: 'NOT_FOUND' });
  });
  return a;
};

describe('web app serving', () => {
  it('serves hashed assets for a year, compressed when the client accepts it', async () => {
    const a = app();
    const res = await a.inject({ url: '/assets/index-abc.js', headers: { 'accept-encoding': 'gzip' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.rawPayload).toString()).toContain('console.log');
  });

  it('answers deep links with index.html, never cached; the API and missing assets stay 404', async () => {
    const a = app();
    const page = await a.inject({ url: '/partners/P-A?tab=people', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.body).toContain('<div id="root">');
    expect((await a.inject({ url: '/api/v1/nope', headers: { accept: 'text/html' } })).statusCode).toBe(404);
    expect((await a.inject({ url: '/assets/missing.js' })).statusCode).toBe(404);
    expect((await a.inject({ url: '/partners', headers: { accept: 'application/json' } })).statusCode).toBe(
      404,
    );
  });

  it('answers the root with the page for any client (curl, an uptime check)', async () => {
    const a = app();
    for (const accept of ['*/*', 'application/json', undefined]) {
      const res = await a.inject({ url: '/', headers: accept ? { accept } : {} });
      expect([res.statusCode, res.body], String(accept)).toEqual([
        200,
        expect.stringContaining('<div id="root">'),
      ]);
    }
  });

  it('never reads a file outside the built assets', async () => {
    const a = app();
    for (const url of ['/assets/../secret.txt', '/assets/%2e%2e%2fsecret.txt', '/assets/..%2Fsecret.txt']) {
      const res = await a.inject({ url });
      expect(res.body).not.toContain('not an asset');
    }
  });

  it('is absent when the app was not built', () => {
    expect(loadWebAssets(mkdtempSync(join(tmpdir(), 'trellis-noweb-')))).toBeNull();
  });
});
