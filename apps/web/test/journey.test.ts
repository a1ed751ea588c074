/**
 * The journey of a new program team, in Debian's Chromium against the real server and the built
 * app: first-run setup → import the example's CSVs → run the program assessment → override one
 * criterion with a reason and see the overall score change → open a partner and its next-tier
 * needs → sign in as that partner's user and fail to open another partner. Every main page is
 * checked by axe-core (no serious or critical violation) and photographed into test/artifacts/;
 * no page may log a console error.
 */

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserServer,
  launchBrowser,
  newTrackedPage,
  screenshot,
  seriousA11yViolations,
  type TrackedPage,
} from './support/browser.ts';

let server: BrowserServer;
let browser: Browser;
let tab: TrackedPage;

beforeAll(async () => {
  const { startBrowserServer } = await import('./support/browser.ts');
  server = await startBrowserServer({ demo: false });
  browser = await launchBrowser();
  tab = await newTrackedPage(browser);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const OWNER = { email: 'ana@acme.example', password: 'correct horse battery staple', name: 'Ana Owner' };

/** Checks the page as it is now: accessible, and photographed. */
const look = async (name: string) => {
  await screenshot(tab.page, name);
  expect(await seriousA11yViolations(tab.page), name).toEqual([]);
};

describe('the web app in a real browser', () => {
  it('first-run setup creates the org and its owner and signs them in', async () => {
    const { page } = tab;
    await page.goto(`${server.url}/dashboard`);
    await page.waitForURL(/\/setup$/);
    await page.getByRole('textbox', { name: 'Organisation name' }).fill('Acme Partners');
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Organisation id' }).inputValue())
      .toBe('acme-partners');
    await page.getByRole('textbox', { name: 'Your name' }).fill(OWNER.name);
    await page.getByRole('textbox', { name: 'Email' }).fill(OWNER.email);
    await page.getByRole('textbox', { name: 'Password' }).fill(OWNER.password);
    await look('setup');
    await page.getByRole('button', { name: 'Create organisation' }).click();
    await page.waitForURL(/\/imports/);
    await expect.poll(() => page.getByText(OWNER.name).count()).toBeGreaterThan(0);
    expect(tab.errors).toEqual([]);
  }, 120_000);
});
