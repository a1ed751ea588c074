/**
 * The interactive API docs (/api/docs, swagger-ui served by the server itself) load in a real
 * browser, offline, under their Content-Security-Policy: no console error, no uncaught exception,
 * no CSP violation, no request leaving the server, and the operations of the document on screen.
 * Debian's Chromium through playwright-core (`CHROMIUM_PATH`, default /usr/bin/chromium).
 */
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let s: TestServer;
let base: string;
let browser: Browser;

beforeAll(async () => {
  s = await startTestServer({ demo: false });
  base = await s.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await chromium.launch({ executablePath: CHROMIUM });
});
afterAll(async () => {
  await browser?.close();
  await s?.close();
});

describe('the API docs page in a browser', () => {
  it('renders the operations with no console error, CSP violation or outside request', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(base) && !r.url().startsWith('data:')) outside.push(r.url());
    });
    // CSP violations are reported in the page as events; collect them from the start.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });

    const res = await page.goto(`${base}/api/docs/`);
    expect(res?.status()).toBe(200);
    // The app's own strict policy: nothing from another origin, not even over https.
    const csp = res?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/https:|upgrade-insecure-requests/);
    // swagger-ui has fetched /api/openapi.json and drawn an operation of it.
    await page.locator('.opblock-summary-path', { hasText: '/api/v1/orgs/{org}/partners' }).first().waitFor();
    await page.waitForLoadState('networkidle');

    const violations = await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
  });
});
