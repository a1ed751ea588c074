/**
 * The journey of a new program team, in Debian's Chromium against the real server and the built
 * app: first-run setup → import the example's CSVs → run the program assessment → override one
 * criterion with a reason and see the overall score change → open a partner and its next-tier
 * needs → the drill-down of a count (failing ones first) → the two tiers named apart and the ones to
 * review → assess an earlier date (history: September stays latest, remediation unchanged) → sign in
 * as that partner's user, see nothing of the vendor's internal view (until the org shares health)
 * and fail to open another partner. Every main page is
 * checked by axe-core (no serious or critical violation) and photographed into test/artifacts/;
 * no page may log a console error.
 */

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recordKindNames } from '@trellis/contracts';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserServer,
  launchBrowser,
  newTrackedPage,
  screenshot,
  seriousA11yViolations,
  signInThroughForm,
  type TrackedPage,
} from './support/browser.ts';

const EXAMPLE = join(import.meta.dirname, '../../../examples/seed-saas');

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

const ORG = 'acme-partners';
/** How long a step may take on a loaded machine (CI runs two engines' suites side by side with Chromium). */
const WAIT = { timeout: 30_000 };
/** The example's files, in import order (later kinds refer to earlier ones). */
const KINDS = recordKindNames;
const PARTNER_USER = { email: 'dee@partner-d.example', password: 'partner d portal pass' };
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
      .poll(() => page.getByRole('textbox', { name: 'Organisation id' }).inputValue(), WAIT)
      .toBe('acme-partners');
    await page.getByRole('textbox', { name: 'Your name' }).fill(OWNER.name);
    await page.getByRole('textbox', { name: 'Email' }).fill(OWNER.email);
    await page.getByRole('textbox', { name: 'Password' }).fill(OWNER.password);
    await look('setup');
    await page.getByRole('button', { name: 'Create organisation' }).click();
    await page.waitForURL(/\/imports/);
    // Before any data: the dashboard says what to do, accessibly.
    await page.goto(`${server.url}/dashboard`);
    await page.getByRole('heading', { level: 1, name: 'How mature is our partner program?' }).waitFor();
    await page.getByText('No assessment yet').first().waitFor();
    await look('dashboard-empty');
    await page.goto(`${server.url}/imports`);
    await expect.poll(() => page.getByText(OWNER.name).count(), WAIT).toBeGreaterThan(0);
    expect(tab.errors).toEqual([]);
  }, 120_000);

  it("imports the example's ten CSVs through the imports page", async () => {
    const { page } = tab;
    await page
      .getByRole('heading', { level: 1, name: 'Is our data in, and what does it measure?' })
      .waitFor();
    await look('imports-empty');
    let lastJob = '';
    for (const kind of KINDS) {
      await page.locator('input[type=file]').setInputFiles(join(EXAMPLE, `${kind}.csv`));
      // The page reads the file's header and proposes its kind; wait for that, and correct it if wrong.
      await expect.poll(() => page.getByText('Loading…').count(), WAIT).toBe(0);
      const kindInput = page.getByRole('combobox', { name: 'Record kind' });
      const detected = async () => new RegExp(`^${kind}`, 'i').test(await kindInput.inputValue());
      await expect.poll(detected, WAIT).toBe(true);
      const importButton = page.getByRole('button', { name: 'Import', exact: true });
      await expect.poll(() => importButton.isEnabled(), WAIT).toBe(true);
      await importButton.click();
      await page.waitForURL((u) => !!u.searchParams.get('job') && u.searchParams.get('job') !== lastJob);
      lastJob = new URL(page.url()).searchParams.get('job')!;
      const job = async () =>
        (await page.request.get(`${server.url}/api/v1/orgs/${ORG}/jobs/${lastJob}`)).json();
      await expect.poll(async () => (await job()).status, { timeout: 60_000 }).toMatch(/done|failed/);
      expect((await job()).status, `${kind}: ${JSON.stringify((await job()).error)}`).toBe('done');
      await page.getByText('Imported', { exact: true }).first().waitFor();
    }
    await look('imports-done');
    expect(tab.errors).toEqual([]);
  }, 300_000);

  it('runs the program assessment from the example brief, scoring readiness first', async () => {
    const { page } = tab;
    await page.goto(`${server.url}/assessments/new`);
    await page.getByRole('heading', { name: 'Run an assessment' }).waitFor();
    await page.locator('input[type=file]').setInputFiles(join(EXAMPLE, 'brief.yaml'));
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Brief text' }).inputValue(), WAIT)
      .toContain('objectives');
    await look('run-assessment');
    await page.getByRole('button', { name: 'Run assessment' }).click();
    await page.waitForURL(/\/assessments\/\d+$/, { timeout: 120_000 });
    await page.getByRole('heading', { name: 'Which criteria hold the program back, and why?' }).waitFor();
    expect(tab.errors).toEqual([]);
  }, 180_000);

  it("an assessor's score with a reason moves the overall score", async () => {
    const { page } = tab;
    const overall = async () =>
      Number(/Overall maturity\s+(\d\.\d)/i.exec(await page.locator('body').innerText())?.[1]);
    await look('assessment');
    const training = 'Training covers product, positioning, sales process, and support';
    await page.getByRole('button', { name: training }).first().click();
    const drawer = page.getByRole('dialog', { name: training });
    await drawer.waitFor();
    // The drill-down: each partner behind the value with its own figure (P-A's survey: training 6).
    await drawer.getByRole('row', { name: /P-A.*6\/10 \(survey of 2026-08-31\)/ }).waitFor();
    await drawer.getByText('5 Optimized').click();
    await drawer.getByRole('button', { name: "Save assessor's score" }).click();
    // Without a reason the form refuses, in the API's words.
    await expect.poll(() => drawer.getByText(/reason is required/i).count(), WAIT).toBeGreaterThan(0);
    await drawer.getByRole('textbox', { name: 'Reason' }).fill('New enablement curriculum rolled out in Q3');
    await drawer.getByRole('button', { name: "Save assessor's score" }).click();
    const moved = drawer.getByRole('status').filter({ hasText: /Overall \d\.\d → \d\.\d/ });
    await moved.waitFor();
    const [, before, after] = /Overall (\d\.\d) → (\d\.\d)/.exec(await moved.innerText())!;
    expect(Number(after)).toBeGreaterThan(Number(before));
    await look('assessment-override');
    await drawer.getByRole('button', { name: 'Close criterion' }).click();
    expect(await overall()).toBe(Number(after));
    expect(tab.errors).toEqual([]);
  }, 120_000);

  it('a drill-down lists every unit behind its count, failing ones first', async () => {
    const { page } = tab;
    await page.goto(`${server.url}/assessments/latest`);
    const cadence = 'Regular cadence exists (QBRs, ops syncs, executive reviews)';
    await page.getByRole('button', { name: cadence }).first().click();
    const drawer = page.getByRole('dialog', { name: cadence });
    // "6 of 20 QBRs held": every strategic partner with QBRs due, Partner X (0 of 4) first.
    await drawer.getByText('5 partners behind this value: 5 failing').waitFor(WAIT);
    /** The table of the units behind a value (the drawer also has the scoring rule's table). */
    const unitsOf = (d: typeof drawer) =>
      d.locator('table').filter({ has: page.getByRole('columnheader', { name: 'Its figure' }) });
    const rows = unitsOf(drawer).locator('tbody tr');
    await expect.poll(() => rows.count(), WAIT).toBe(5);
    expect(await rows.first().innerText()).toMatch(/Partner X[\s\S]*fails\s+0 of 4 QBRs held/);
    const held = (await unitsOf(drawer).locator('tbody').innerText()).match(/(\d) of 4 QBRs held/g) ?? [];
    expect(held.reduce((n, h) => n + Number(h[0]), 0)).toBe(6);
    await look('assessment-drill-down');
    await drawer.getByRole('button', { name: 'Close criterion' }).click();
    // "13 of 25 have a program tier" opens to all 25, the 12 without one first; "Failing" keeps those.
    const tiers = 'Partner types and tiers are defined (strategic, channel, tech, referral)';
    await page.getByRole('button', { name: tiers }).first().click();
    const tierDrawer = page.getByRole('dialog', { name: tiers });
    await tierDrawer.getByText('25 partners behind this value: 12 failing, 13 passing').waitFor(WAIT);
    const tierRows = unitsOf(tierDrawer).locator('tbody tr');
    await expect.poll(() => tierRows.count(), WAIT).toBe(25);
    expect(await tierRows.first().innerText()).toContain('no program tier');
    await tierDrawer.getByText('Failing', { exact: true }).click();
    await expect.poll(() => tierRows.count(), WAIT).toBe(12);
    expect(await unitsOf(tierDrawer).locator('tbody').innerText()).not.toContain('meets');
    await tierDrawer.getByRole('button', { name: 'Close criterion' }).click();
    expect(tab.errors).toEqual([]);
  }, 120_000);

  it('opens a partner and what its next tier needs', async () => {
    const { page } = tab;
    await page.goto(`${server.url}/partners`);
    await page.getByRole('heading', { name: 'Which partners need attention?' }).waitFor();
    await page.locator('table.trellis-table tbody tr').first().waitFor();
    await look('partners');
    await page.getByRole('searchbox', { name: 'Search partners' }).fill('Partner D');
    // The server filters (after a pause in typing): wait for its answer before clicking.
    await page.waitForURL(/[?&]q=Partner/);
    await expect.poll(() => page.locator('table.trellis-table tbody tr').count(), WAIT).toBe(1);
    await page.getByRole('link', { name: 'Partner D', exact: true }).click();
    await page.waitForURL(/\/partners\/P-D$/);
    await page.getByRole('heading', { level: 1, name: /What does Partner D need for/ }).waitFor();
    // The browser's back button returns to the filtered list; a reload of a deep link lands on it.
    await page.goBack();
    await page.waitForURL(/\/partners\?.*q=Partner/);
    await expect.poll(() => page.locator('table.trellis-table tbody tr').count(), WAIT).toBe(1);
    await page.goForward();
    await page.waitForURL(/\/partners\/P-D$/);
    await page.reload();
    const needs = page.getByRole('region', { name: /^What \w+ needs$/ });
    await needs.waitFor();
    expect(await needs.locator('tbody tr').count()).toBeGreaterThan(0);
    // Each need says where the partner stands and what is required (structured by the API).
    const cells = needs.locator('tbody tr').first().locator('td');
    expect(await cells.nth(1).innerText()).not.toBe('—');
    expect(await cells.nth(2).innerText()).not.toBe('—');
    await look('partner');
    expect(tab.errors).toEqual([]);
  }, 120_000);

  it('names the program tier and the readiness tier apart and flags the ones to review', async () => {
    const { page } = tab;
    await page.goto(`${server.url}/partners?q=Partner%20X`);
    const row = page.locator('table.trellis-table tbody tr').filter({ hasText: 'Partner X' });
    await row.waitFor(WAIT);
    // A $1.5M Gold partner in the CRM that the evidence puts at no readiness tier: review.
    const text = await row.innerText();
    expect(text).toMatch(/Program\s+Gold/);
    expect(text).toMatch(/Readiness\s+no tier/);
    expect(text).toMatch(/\breview\b/);
    // The readiness page counts them and lists them.
    await page.goto(`${server.url}/readiness`);
    await page.getByRole('button', { name: /Review them/ }).click();
    await page.waitForURL(/[?&]review=1/);
    const table = page.locator('table.trellis-table').filter({ hasText: 'Program tier' }).last();
    await expect.poll(() => table.locator('tbody tr').count(), WAIT).toBe(7);
    expect(await table.locator('tbody').innerText()).toContain('Partner X');
    await look('readiness-review');
    expect(tab.errors).toEqual([]);
  }, 120_000);

  it('the dashboard, readiness, imports and administration pages load without errors, also 1024 px wide', async () => {
    const { page } = tab;
    await page.setViewportSize({ width: 1024, height: 800 });
    for (const [path, heading, name] of [
      ['/dashboard', 'How mature is our partner program?', 'dashboard'],
      ['/readiness', 'How ready are our partners, and what holds them back?', 'readiness'],
      ['/imports', 'Is our data in, and what does it measure?', 'imports'],
      ['/admin/members', 'Who can use Trellis, and what did they change?', 'admin'],
    ] as const) {
      await page.goto(`${server.url}${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.waitForLoadState('networkidle');
      await look(name);
      // Usable from 1024 px: nothing wider than the window.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), name).toBe(
        true,
      );
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(tab.errors).toEqual([]);
  }, 180_000);

  it('downloads the shown assessment as a PDF and as a spreadsheet, and the readiness report', async () => {
    const { page } = tab;
    await page.goto(`${server.url}/dashboard`);
    for (const [item, ext, magic] of [
      ['PDF (to print or send)', 'pdf', '%PDF-'],
      ['Spreadsheet (every partner)', 'xlsx', 'PK'],
    ] as const) {
      await page.getByRole('button', { name: /^Download report: assessment #\d+$/ }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.getByRole('menuitem', { name: item }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^program-report-\\d+\\.${ext}$`));
      const body = readFileSync((await download.path())!);
      expect(body.subarray(0, magic.length).toString()).toBe(magic);
    }
    // Partner readiness across the program, from the readiness page.
    await page.goto(`${server.url}/readiness`);
    const [readiness] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('link', { name: 'Download report (PDF)' }).click(),
    ]);
    expect(readiness.suggestedFilename()).toMatch(/^readiness-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(tab.errors).toEqual([]);
  }, 120_000);

  it('names an owner for a plan action; the report carries it', async () => {
    const { page } = tab;
    await page.goto(`${server.url}/dashboard`);
    const field = page.getByRole('textbox', { name: /^Owner of “/ }).first();
    const label = (await field.getAttribute('aria-label'))!;
    const [saved] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().includes('/plan/')),
      (async () => {
        await field.fill('Dana Alvarez');
        await field.press('Enter');
      })(),
    ]);
    expect(saved.status()).toBe(200);
    const report = await (
      await page.request.get(`${server.url}/api/v1/orgs/${ORG}/assessments/latest/report`)
    ).json();
    const items = [...report.plan.days30, ...report.plan.days60, ...report.plan.days90];
    expect(items.find((i: { title: string }) => label.includes(i.title))?.owner).toBe('Dana Alvarez');
    expect(tab.errors).toEqual([]);
  }, 60_000);

  it('another as-of date starts from the shown assessment’s brief', async () => {
    const { page } = tab;
    await page.goto(`${server.url}/dashboard`);
    await page.getByRole('link', { name: 'Assess another date…' }).click();
    await page.getByRole('heading', { name: 'Run an assessment' }).waitFor();
    const brief = page.getByRole('textbox', { name: 'Brief text' });
    await expect.poll(() => brief.inputValue(), WAIT).toContain('objectives:');
    const text = await brief.inputValue();
    // In a brief file's order, with the assessor's score given above among the scores.
    expect(text.indexOf('name:')).toBeLessThan(text.indexOf('context:'));
    expect(text.indexOf('constraints:')).toBeLessThan(text.indexOf('scores:'));
    expect(text).toContain('New enablement curriculum rolled out in Q3');

    // Assessing 30 Jun 2026 (scoring readiness first) stores history: today's remediation stays
    // as it was, and September stays the latest, now compared with June.
    const api = `${server.url}/api/v1/orgs/${ORG}`;
    const remediation = async () => (await page.request.get(`${api}/remediation`)).text();
    const before = await remediation();
    expect(JSON.parse(before).total).toBeGreaterThan(0);
    await page.getByLabel(/^As of/).fill('2026-06-30');
    await page.getByText('As of 30 Jun 2026').waitFor();
    await page.getByRole('button', { name: 'Run assessment' }).click();
    await page.waitForURL(/\/assessments\/\d+$/, { timeout: 120_000 });
    await page
      .getByText(/as of 30 Jun 2026/)
      .first()
      .waitFor(WAIT);
    expect(await remediation()).toBe(before);
    await page.goto(`${server.url}/dashboard`);
    await page.getByText(/Overall maturity, as of 30 Sep 2026/).waitFor(WAIT);
    await page
      .getByText(/since #\d+ \(30 Jun 2026\)/)
      .first()
      .waitFor(WAIT);
    await page.goto(`${server.url}/history`);
    // Both quarters, June before September.
    await page.getByText('30 Jun 2026').first().waitFor(WAIT);
    const history = await page.locator('main').innerText();
    expect(history.indexOf('30 Jun 2026')).toBeLessThan(history.indexOf('30 Sep 2026'));
    await look('history');
    expect(tab.errors).toEqual([]);
  }, 240_000);

  it("a partner's user sees their own partner and cannot open another", async () => {
    const { page } = tab;
    await page.goto(`${server.url}/admin/members`);
    await page.getByRole('button', { name: 'Add member' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a member' });
    await dialog.getByRole('textbox', { name: 'Email' }).fill(PARTNER_USER.email);
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Dee Partner');
    await dialog.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: /^Partner/ }).click();
    await dialog.getByRole('combobox', { name: 'Partner' }).click();
    await page.getByRole('option', { name: /Partner D/ }).click();
    await dialog.getByRole('textbox', { name: 'Initial password' }).fill(PARTNER_USER.password);
    await dialog.getByRole('button', { name: 'Add member' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const partner = await newTrackedPage(browser);
    await signInThroughForm(partner.page, server.url, PARTNER_USER.email, PARTNER_USER.password);
    await partner.page.waitForURL(/\/partners\/P-D$/);
    await partner.page.getByRole('heading', { level: 1, name: /Partner D/ }).waitFor();
    await screenshot(partner.page, 'partner-portal');
    expect(await partner.page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    // Their own review (QBR pack) as a PDF, from their portal.
    const [review] = await Promise.all([
      partner.page.waitForEvent('download', { timeout: 60_000 }),
      partner.page.getByRole('link', { name: 'Download review (PDF)' }).click(),
    ]);
    expect(review.suggestedFilename()).toBe('partner-P-D.pdf');
    const pdf = (await review.path())!;
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    // Their portal and their review show nothing of the vendor's internal view of them: no health,
    // no satisfaction, no champion tag (Partner D is passive, its survey said 6/10).
    await partner.page.getByRole('heading', { level: 2, name: 'Performance', exact: true }).waitFor();
    await partner.page.getByText(/^\d+ people · /).waitFor();
    const portal = await partner.page.locator('main').innerText();
    const reviewText = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    for (const text of [portal, reviewText])
      for (const word of ['Health', 'passive', 'atisfaction', 'hampion', '6/10', '6.0 of 10'])
        expect(text).not.toContain(word);
    // The org shares health (Administration → Settings): the partner user then sees their own.
    await page.goto(`${server.url}/admin/settings`);
    const share = page.getByRole('switch', { name: 'Share health with partner users' });
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().endsWith('/settings')),
      share.click(),
    ]);
    await expect.poll(() => share.isChecked(), WAIT).toBe(true);
    await partner.page.reload();
    await partner.page.getByRole('heading', { level: 2, name: 'Health and performance' }).waitFor(WAIT);
    expect(await partner.page.locator('main').innerText()).not.toMatch(/atisfaction|hampion/);
    await screenshot(partner.page, 'partner-portal-health-shared');
    await partner.page.goto(`${server.url}/partners/P-B`);
    await partner.page.getByRole('heading', { level: 1, name: 'Partner not found' }).waitFor();
    await partner.page.goto(`${server.url}/dashboard`);
    await partner.page.waitForURL(/\/partners\/P-D$/);
    await partner.page.context().close();
  }, 120_000);
});
