import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
const WAIT = { timeout: 30_000 };

beforeAll(async () => {
  ctx = await openSignedInTab();
  ({ server, tab } = ctx);
}, 300_000);

afterAll(() => ctx?.close());

const CLI_WORDS = /--(preset|mapping|date-format|infer)\b|trellis import|columns\.\d/;

const report = [
  'Opportunities with Partners',
  '',
  'Opportunity ID,Opportunity Name,Partner Account ID,Stage,Amount,Created Date,Close Date,Lead Source',
  'SF-1,Deal 1,P-A,Closed Won,"$1,000.00",15/01/2026,20/02/2026,Partner Referral',
  'SF-2,Deal 2,P-B,Prospecting,$500.00,3/4/2026,31/12/2026,Web',
  'SF-3,Deal 3,P-A,Closed Lost,$250.00,28/02/2026,13/03/2026,Partner Referral',
].join('\n');

const choose = (name: string, text: string) =>
  tab.page
    .locator('input[type=file]')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

/** Runs a dry run and waits for its job to end; returns the job. */
const dryRun = async () => {
  const { page } = tab;
  const before = new URL(page.url()).searchParams.get('job');
  await page.getByRole('button', { name: 'Dry run' }).click();
  await page.waitForURL((u) => !!u.searchParams.get('job') && u.searchParams.get('job') !== before);
  const id = new URL(page.url()).searchParams.get('job');
  const job = async () => (await page.request.get(`${server.url}/api/v1/orgs/demo/jobs/${id}`)).json();
  await expect.poll(async () => (await job()).status, { timeout: 60_000 }).toMatch(/done|failed/);
  return job();
};

describe('the imports page with exports as they come', () => {
  it('a Salesforce report gets its preset and the date format its dates need, and dry-runs clean', async () => {
    const { page } = tab;
    await page.goto(`${server.url}/imports`);
    await page
      .getByRole('heading', { level: 1, name: 'Is our data in, and what does it measure?' })
      .waitFor();
    await choose('report.csv', report);
    await page.getByText('Chosen for you — This looks like a Salesforce opportunities export').waitFor(WAIT);
    expect(await page.getByRole('combobox', { name: 'Record kind' }).inputValue()).toMatch(/^opportunities/i);
    expect(await page.getByRole('combobox', { name: 'Preset' }).inputValue()).toBe(
      'Salesforce opportunities (salesforce-opportunities)',
    );
    expect(await page.getByRole('combobox', { name: 'Date format' }).inputValue()).toMatch(/^DD\/MM\/YYYY/);
    expect(new URL(page.url()).searchParams.get('preset')).toBe('salesforce-opportunities');
    await screenshot(page, 'imports-preset-proposed');
    expect(await seriousA11yViolations(page)).toEqual([]);
    const job = await dryRun();
    expect(job.status, JSON.stringify(job.error)).toBe('done');
    expect(job.result).toMatchObject({ rows: 3, inserted: 3, dryRun: true });
    expect(await page.locator('body').innerText()).not.toMatch(CLI_WORDS);
    expect(tab.errors).toEqual([]);
  }, 180_000);

  it('clearing the chosen preset keeps it cleared and offers it back', async () => {
    const { page } = tab;
    await page
      .getByRole('button', { name: 'Use the Salesforce opportunities preset' })
      .waitFor({ state: 'detached' });
    // Mantine's clear button is for the mouse (hidden from assistive technology).
    await page.locator('button[aria-label="Clear the preset"]').click();
    await page.getByRole('button', { name: 'Use the Salesforce opportunities preset' }).waitFor(WAIT);
    expect(await page.getByRole('combobox', { name: 'Preset' }).inputValue()).toBe('');
    await page.getByRole('button', { name: 'Use the Salesforce opportunities preset' }).click();
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Preset' }).inputValue(), WAIT)
      .toBe('Salesforce opportunities (salesforce-opportunities)');
  }, 120_000);

  it('a canonical file’s money, dates and picklist words get fixes the page can make', async () => {
    const { page } = tab;
    await choose(
      'deals.csv',
      [
        'external_id,partner_external_id,amount,stage,created_on,closed_on,sourced_by_partner',
        'W-1,P-A,"$1,200.00",Closed Won,3/15/2026,4/20/2026,true',
        'W-2,P-A,$900.00,open,3/16/2026,,false',
      ].join('\n'),
    );
    await expect.poll(() => page.getByText('Reading the file…').count(), WAIT).toBe(0);
    // The preset and date format chosen for the last file give way to this file's (none).
    await expect.poll(() => page.getByRole('combobox', { name: 'Preset' }).inputValue(), WAIT).toBe('');
    expect(await page.getByRole('combobox', { name: 'Date format' }).inputValue()).toBe('');
    // Nothing proposed for a canonical header: no preset, the YAML editor.
    await page.getByRole('textbox', { name: 'Mapping (YAML)' }).waitFor(WAIT);
    // The proposal's mapping would read them; the problems show with an empty editor.
    await page.getByRole('textbox', { name: 'Mapping (YAML)' }).fill('');
    const job = await dryRun();
    expect(job.status).toBe('failed');
    await page.getByText('The dry run found problems').waitFor(WAIT);
    const text = await page.locator('body').innerText();
    expect(text).toContain('fix: set the date format to M/D/YYYY');
    expect(text).toContain(
      'fix: choose a preset for this export, or read amount as money in the mapping editor',
    );
    expect(text).toContain("fix: map the export's values of stage onto these in the mapping editor");
    expect(text).not.toMatch(CLI_WORDS);
    await screenshot(page, 'imports-web-words');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(tab.errors).toEqual([]);
  }, 180_000);
});
