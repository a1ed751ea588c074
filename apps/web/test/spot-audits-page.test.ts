import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../server/test/support/test-server.ts';
import {
  type BrowserServer,
  openSignedInTab,
  type SignedInTab,
  screenshot,
  seriousA11yViolations,
  type TrackedPage,
} from './support/browser.ts';

let ctx: SignedInTab;
let server: BrowserServer;
let tab: TrackedPage;
let owner: Client;

beforeAll(async () => {
  ctx = await openSignedInTab();
  ({ server, tab } = ctx);
  owner = await server.signIn('owner@demo.trellis.test');
}, 300_000);

afterAll(() => ctx?.close());

describe('spot audits page', () => {
  it('draws an audit, upholds and overturns items, and shows the overturn rates', async () => {
    const { page, errors } = tab;
    await page.goto(`${server.url}/dashboard`);
    await page.getByRole('link', { name: 'Spot audits' }).click();
    await page.getByText('No spot audit yet').waitFor({ timeout: 30_000 });

    const draw = page.getByRole('form', { name: 'Draw a spot audit' });
    await draw.getByLabel('As of').fill('2026-03-31');
    await draw.getByRole('textbox', { name: /Share/ }).fill('100');
    await draw.getByRole('textbox', { name: /Seed/ }).fill('1');
    await draw.getByRole('button', { name: 'Draw' }).click();
    await page.getByRole('heading', { name: 'Spot audit #1: 2026-Q1' }).waitFor({ timeout: 30_000 });
    expect(page.url()).toMatch(/\/governance\/spot-audits\?audit=1$/);

    const row = (evaluation: string) => page.locator(`tr[data-evaluation="${evaluation}"]`);
    await row('E-A-1-1').getByRole('button', { name: 'Upheld E-A-1-1' }).click();
    await row('E-A-1-1').getByText('Upheld', { exact: true }).waitFor({ timeout: 30_000 });

    await row('E-B-3-1').getByRole('button', { name: 'Overturned… E-B-3-1' }).click();
    const form = page.getByRole('form', { name: 'Overturn E-B-3-1' });
    await form.getByRole('combobox', { name: 'New level' }).click();
    await page.getByRole('option', { name: '1 Foundational' }).click();
    await form.getByRole('textbox', { name: 'Reason' }).fill('no security or integration constraint');
    await form.getByRole('button', { name: 'Overturn' }).click();
    await row('E-B-3-1').getByText('Overturned → level 1').waitFor({ timeout: 30_000 });

    const rates = page.getByRole('table', { name: 'Overturn rates per competency' });
    await rates.waitFor({ timeout: 30_000 });
    const architecture = rates.getByRole('row', { name: /solutions\.architecture/ });
    expect(await architecture.getByRole('cell').last().textContent()).toBe('100%');
    await page.getByText(/1 overturn in 2 decisions: an overturn rate of 50%/).waitFor();
    await screenshot(page, 'spot-audits');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(errors).toEqual([]);

    const results = await owner.get('/api/v1/orgs/demo/spot-audits/1/results');
    expect(results.data.overall).toMatchObject({ audited: 2, upheld: 1, overturned: 1, rate: 0.5 });
  }, 180_000);
});
