import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadEvidence } from '../../server/test/support/evidence-upload.ts';
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
const V1 = '/api/v1/orgs/demo';
const PDF = Buffer.from('%PDF-1.7\n% a joint business plan\n');

const upload = async (partner: string, filename: string) => {
  const person = (await owner.get(`${V1}/people?partner_external_id=${partner}&limit=1`)).data.items[0]
    .external_id;
  const res = await uploadEvidence(owner, person, { name: filename, type: 'application/pdf', bytes: PDF });
  expect(res.statusCode, res.body).toBe(201);
};

beforeAll(async () => {
  ctx = await openSignedInTab();
  ({ server, tab } = ctx);
  owner = await server.signIn('owner@demo.trellis.test');
  await upload('P-A', 'joint-plan-a.pdf');
  await upload('P-B', 'joint-plan-b.pdf');
}, 300_000);

afterAll(() => ctx?.close());

describe('evidence files on the partner page', () => {
  it('lists the file with its partner’s download address, and deletes it after a question', async () => {
    const { page, errors } = tab;
    await page.goto(`${server.url}/partners/P-A`);
    const link = page.getByRole('link', { name: 'joint-plan-a.pdf' });
    await link.waitFor({ timeout: 30_000 });
    expect(await link.getAttribute('href')).toMatch(
      /\/api\/v1\/orgs\/demo\/partners\/P-A\/evidence-files\/[0-9a-f]{64}$/,
    );
    await link.scrollIntoViewIfNeeded();
    await screenshot(page, 'partner-evidence');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /Delete joint-plan-a\.pdf/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Delete file' }).click();
    await link.waitFor({ state: 'detached', timeout: 30_000 });
    expect(errors).toEqual([]);
    const left = (await owner.get(`${V1}/evidence-files?limit=100`)).data.items.map(
      (f: { partner: string; filename: string }) => `${f.partner} ${f.filename}`,
    );
    expect(left).toEqual(['P-B joint-plan-b.pdf']);
  }, 120_000);
});
