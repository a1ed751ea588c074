/**
 * A calibration session in a real browser: the owner opens a session over four evaluations with
 * three assessors through the "New session" form; each assessor signs in through the form and rates every unit
 * with the keyboard alone (a digit, then Enter); the owner closes the session on its page and reads
 * alpha off the results — the same alpha, formatted the same way, as the API's results. The rating
 * and results pages have no serious accessibility issue and log no console error.
 */
import { alphaText } from '@trellis/contracts';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, DEMO_PASSWORD } from '../../server/test/support/test-server.ts';
import {
  type BrowserServer,
  launchBrowser,
  newTrackedPage,
  screenshot,
  seriousA11yViolations,
  signInThroughForm,
} from './support/browser.ts';

const API = '/api/v1/orgs/demo';
const PASSWORD = 'calibration-pass-1';
/** Each assessor's level for the four units, in order: close agreement with one dissenter. */
const LEVELS: Record<string, number[]> = {
  ada: [3, 2, 4, 1],
  bo: [3, 3, 4, 1],
  cy: [2, 2, 3, 2],
};

let server: BrowserServer;
let browser: Browser;
let owner: Client;
let session = 0;
let units: string[] = [];

beforeAll(async () => {
  const { startBrowserServer } = await import('./support/browser.ts');
  server = await startBrowserServer({ demo: true });
  owner = await server.signIn('owner@demo.trellis.test');
  for (const name of Object.keys(LEVELS)) {
    const m = await owner.post(`${API}/members`, {
      email: `${name}@demo.trellis.test`,
      name: `${name[0]!.toUpperCase()}${name.slice(1)} Assessor`,
      role: 'assessor',
      password: PASSWORD,
    });
    expect(m.statusCode, m.body).toBe(201);
  }
  units = (
    await server.db.query<{ external_id: string }>(
      `select external_id from evaluations where org_id = 'demo' order by external_id limit 4`,
    )
  ).map((r) => r.external_id);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('calibration journey', () => {
  it('the owner opens a session, three assessors rate by keyboard, the owner closes, the page shows the API’s alpha', async () => {
    const { page, errors } = await newTrackedPage(browser);
    await signInThroughForm(page, server.url, 'owner@demo.trellis.test', DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Calibration' }).click();
    const form = page.getByRole('form', { name: 'New calibration session' });
    await form.getByRole('textbox', { name: 'Name' }).fill('Q3 calibration');
    const pick = async (label: string, search: string, option: RegExp) => {
      await form.getByLabel(label, { exact: true }).fill(search);
      await page.getByRole('option', { name: option }).click();
    };
    for (const unit of units) await pick('Evaluations', unit, new RegExp(`^${unit} · `));
    for (const name of Object.keys(LEVELS)) await pick('Raters', name, new RegExp(`^${name} assessor`, 'i'));
    await page.keyboard.press('Escape'); // the raters' dropdown stays open after a pick
    await screenshot(page, 'calibration-new');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Open session' }).click();
    await page.waitForURL(/\/governance\/calibration\/\d+$/);
    session = Number(page.url().split('/').pop());
    await page.getByText('Results appear when the session is closed').waitFor({ timeout: 30_000 });
    const opened = await owner.get(`${API}/calibration-sessions/${session}`);
    expect(opened.data).toMatchObject({ name: 'Q3 calibration', units: 4, status: 'open' });
    expect(opened.data.raters).toHaveLength(3);

    for (const [name, levels] of Object.entries(LEVELS)) {
      const { page, errors } = await newTrackedPage(browser);
      await signInThroughForm(page, server.url, `${name}@demo.trellis.test`, PASSWORD);
      await page.getByRole('link', { name: 'Calibration' }).click();
      await page.getByRole('link', { name: `Rate session #${session}` }).click();
      const progress = page.getByTestId('rating-progress');
      await progress.filter({ hasText: '0 of 4 rated' }).waitFor({ timeout: 30_000 });
      for (const [i, level] of levels.entries()) {
        await page.keyboard.press(String(level));
        await page.getByRole('button', { name: new RegExp(`^Submit level ${level}$`) }).waitFor();
        if (name === 'ada' && i === 1) {
          await screenshot(page, 'calibration-rate');
          expect(await seriousA11yViolations(page)).toEqual([]);
        }
        await page.keyboard.press('Enter');
        await progress.filter({ hasText: `${i + 1} of 4 rated` }).waitFor({ timeout: 30_000 });
      }
      await page.getByTestId('all-rated').waitFor();
      expect(errors).toEqual([]);
      await page.context().close();
    }

    const detail = await owner.get(`${API}/calibration-sessions/${session}`);
    expect(detail.data.raters.map((r: { rated: number }) => r.rated)).toEqual([4, 4, 4]);

    await page.getByRole('link', { name: 'Calibration', exact: true }).click();
    await page.getByRole('link', { name: 'Q3 calibration' }).click();
    await page.getByText('Results appear when the session is closed').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Close session' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Close session' }).click();
    const shown = page.getByTestId('overall-alpha');
    await shown.waitFor({ timeout: 30_000 });

    const results = await owner.get(`${API}/calibration-sessions/${session}/results`);
    expect(results.statusCode).toBe(200);
    expect(results.data.overall.alpha).not.toBeNull();
    expect(await shown.textContent()).toBe(alphaText(results.data.overall));
    await page.getByRole('table', { name: 'Rater drift' }).waitFor();
    await screenshot(page, 'calibration-results');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  }, 300_000);
});
