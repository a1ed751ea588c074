/**
 * Browser tests: the real server (in-process, on the test engine, listening on loopback) serving the
 * built web app, driven by playwright-core in Debian's Chromium (`CHROMIUM_PATH`, default
 * /usr/bin/chromium; never a downloaded browser). Console errors are collected per page, axe-core
 * (injected from the npm package) checks accessibility, screenshots go to test/artifacts/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
// @ts-expect-error: a plain .mjs build script without types
import { buildWebIfStale } from '../../../../scripts/build-web.mjs';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../../../server/test/support/test-server.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');

export interface BrowserServer extends TestServer {
  url: string;
}

/** Builds the web app if stale and starts the server on a free loopback port. */
export const startBrowserServer = async (opts: { demo?: boolean } = {}): Promise<BrowserServer> => {
  if (!(buildWebIfStale('pipe') as boolean))
    throw new Error('the web app did not build (npm run build -w @trellis/web)');
  const s = await startTestServer({ demo: opts.demo });
  const url = await s.app.listen({ port: 0, host: '127.0.0.1' });
  return Object.assign(s, { url });
};

export const launchBrowser = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM });

export interface TrackedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

export const newTrackedPage = async (browser: Browser, width = 1280): Promise<TrackedPage> => {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { page, errors };
};

export const screenshot = async (page: Page, name: string) => {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
};

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** axe-core's serious and critical violations on the page as it is (WCAG 2.0, 2.1 and 2.2, A and AA). */
export const seriousA11yViolations = async (page: Page): Promise<string[]> => {
  // Evaluated through the DevTools protocol: the app's Content-Security-Policy stays in force.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(o: unknown): Promise<{ violations: AxeViolation[] }> } })
      .axe;
    const r = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
      // WCAG 2.5.3 Label in Name: axe marks its rule experimental, so it runs only when asked for.
      rules: { 'label-content-name-mismatch': { enabled: true } },
    });
    return r.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}`).join(', ')}`,
    );
};

/** Signs in through the sign-in form. */
export const signInThroughForm = async (page: Page, base: string, email: string, password: string) => {
  await page.goto(`${base}/sign-in`);
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
};

/** A page test's start: the demo org served, a browser, and one tab signed in through the form. */
export interface SignedInTab {
  server: BrowserServer;
  browser: Browser;
  tab: TrackedPage;
  close(): Promise<void>;
}

export const openSignedInTab = async (email = 'owner@demo.trellis.test'): Promise<SignedInTab> => {
  const server = await startBrowserServer({ demo: true });
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const tab = await newTrackedPage(browser);
    await signInThroughForm(tab.page, server.url, email, DEMO_PASSWORD);
    const opened = browser;
    return {
      server,
      browser: opened,
      tab,
      close: async () => {
        await opened.close();
        await server.close();
      },
    };
  } catch (err) {
    await browser?.close();
    await server.close();
    throw err;
  }
};
