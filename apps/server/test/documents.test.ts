/**
 * The assessment as a document over the API: GET …/assessments/:n/document?format=html|md is a
 * download of what `trellis report` writes — the HTML self-contained with its charts — and is
 * refused to partner users, other orgs and unknown assessments.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestServer, type TestServer } from './support/test-server.ts';

let s: TestServer;
let owner: Client;
let viewer: Client;
let partner: Client;
let globex: Client;
const V1 = '/api/v1/orgs/demo';

beforeAll(async () => {
  s = await startTestServer();
  owner = await s.signIn('owner@demo.trellis.test');
  viewer = await s.tokenClient('viewer');
  partner = await s.tokenClient('partner');
  await s.db.query(`insert into orgs (id, name) values ('globex', 'Globex')`);
  globex = await s.tokenClient('owner', 'globex');
});
afterAll(() => s?.close());

describe('the assessment as a document', () => {
  it('HTML by default: a download, self-contained, with the charts and the overall score', async () => {
    const report = (await owner.get(`${V1}/assessments/1/report`)).data;
    const res = await viewer.get(`${V1}/assessments/latest/document`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="program-report-1.html"');
    expect(res.body).toContain('<h1>How mature is our partner program?</h1>');
    expect(res.body).toContain(`<span class="value">${report.summary.overall.score.toFixed(1)}</span>`);
    expect(res.body.match(/<svg\b/g)?.length).toBeGreaterThanOrEqual(3);
    expect(res.body).toContain("default-src 'none'");
  });

  it('Markdown on request', async () => {
    const res = await owner.get(`${V1}/assessments/1/document?format=md`);
    expect(res.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(res.body.startsWith('# How mature is our partner program?\n')).toBe(true);
    expect(res.body).toContain('## Appendix: where these numbers come from');
  });

  it('PDF: printed by Chromium, A4 or Letter, with the headings and key figures as text', async () => {
    const report = (await owner.get(`${V1}/assessments/1/report`)).data;
    const res = await owner.get(`${V1}/assessments/1/document?format=pdf&paper=Letter`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="program-report-1.pdf"');
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
    writeFileSync(join(dir, 'r.pdf'), pdf);
    // The text as a reader finds it, lines joined (a long heading wraps).
    const text = execFileSync('pdftotext', [join(dir, 'r.pdf'), '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    for (const heading of [
      'How mature is our partner program?',
      'Executive summary',
      '2) Dimension scorecard: which dimensions hold the program back?',
      '6) 30/60/90-day partnership plan: what do we do in the next 90 days?',
      'Appendix: where these numbers come from',
    ])
      expect(text).toContain(heading);
    expect(text).toContain(report.summary.overall.score.toFixed(1));
    expect(text).toMatch(/Page 1 of \d+/);
    // The cover page renders (pdftoppm): an image with the title's ink on it, kept as an artifact to look at.
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '50',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      join(dir, 'r.pdf'),
      join(dir, 'cover'),
    ]);
    const cover = readFileSync(join(dir, 'cover.png'));
    expect(cover.subarray(1, 4).toString()).toBe('PNG');
    expect(cover.length).toBeGreaterThan(4000);
    const size = execFileSync('pdfinfo', [join(dir, 'r.pdf')], { encoding: 'utf8' });
    expect(size).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  });

  it('the prompt for a language model, as Markdown', async () => {
    const res = await owner.get(`${V1}/assessments/1/document?format=prompt`);
    expect(res.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="program-prompt-1.md"');
    expect(res.body).toContain('> Assess **partner collaboration readiness** for ');
    expect(res.body).not.toContain('{PARTNER_CONTEXT}');
  });

  it('a spreadsheet on request', async () => {
    const res = await owner.get(`${V1}/assessments/1/document?format=xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toBe('attachment; filename="program-report-1.xlsx"');
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('PDF without a browser: 503 saying how to get one', async () => {
    const before = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nowhere/chromium';
    try {
      const res = await owner.get(`${V1}/assessments/1/document?format=pdf`);
      expect(res.statusCode).toBe(503);
      expect(res.data.detail).toContain('PDF needs Chromium at /nowhere/chromium: install it');
    } finally {
      if (before === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = before;
    }
  });

  it("a partner's review: its tier, needs and plan; a partner user downloads their own, never another's", async () => {
    const readiness = (await owner.get(`${V1}/partners/P-A/readiness`)).data;
    const md = await owner.get(`${V1}/partners/P-A/document?format=md`);
    expect(md.statusCode).toBe(200);
    expect(md.headers['content-disposition']).toBe('attachment; filename="partner-P-A-internal.md"');
    expect(md.body).toContain(`**${readiness.composite.toFixed(1)}** — of 100 points of readiness.`);
    expect(md.body).toContain('## Skills, capacity and outcomes');
    for (const g of readiness.gates) expect(md.body).toContain(g.detail);
    // The partner user of P-A: their own review, as a PDF too.
    const own = await partner.get(`${V1}/partners/P-A/document?format=pdf`);
    expect([own.statusCode, own.headers['content-type']]).toEqual([200, 'application/pdf']);
    expect(own.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await partner.get(`${V1}/partners/P-B/document`)).statusCode).toBe(404);
    expect((await globex.get(`${V1}/partners/P-A/document`)).statusCode).toBe(404);
    expect((await owner.get(`${V1}/partners/P-NOPE/document`)).statusCode).toBe(404);
    const html = await owner.get(`${V1}/partners/P-D/document`);
    expect(html.body.match(/<svg\b/g)?.length).toBe(2);
    expect(html.body).toContain('<h1>What does Partner D need for ');
  });

  it('partner readiness across the program: one row per partner of the latest scoring; staff only', async () => {
    const summary = (await owner.get(`${V1}/readiness`)).data;
    const md = await viewer.get(`${V1}/readiness/document?format=md`);
    expect(md.statusCode).toBe(200);
    expect(md.headers['content-disposition']).toBe(`attachment; filename="readiness-${summary.asOf}.md"`);
    expect(md.body).toContain('# How ready are our partners, and what holds them back?');
    // One row per partner in "Every partner" (the review list before it names some of them again).
    const every = md.body.slice(md.body.indexOf('## Every partner'));
    expect(every.split('\n').filter((l) => /^\| .* _P-/.test(l))).toHaveLength(summary.summary.partners);
    const html = await owner.get(`${V1}/readiness/document`);
    expect(html.body.match(/<svg\b/g)?.length).toBe(2);
    expect((await owner.get(`${V1}/readiness/document?asOf=2001-01-01`)).statusCode).toBe(404);
    expect((await partner.get(`${V1}/readiness/document`)).statusCode).toBe(403);
  });

  it('is refused to partner users, other orgs, unknown assessments and unknown formats', async () => {
    expect((await partner.get(`${V1}/assessments/1/document`)).statusCode).toBe(403);
    expect((await globex.get(`${V1}/assessments/1/document`)).statusCode).toBe(404);
    const missing = await owner.get(`${V1}/assessments/99/document`);
    expect([missing.statusCode, missing.data.detail]).toEqual([404, 'No assessment #99']);
    const bad = await owner.get(`${V1}/assessments/1/document?format=docx`);
    expect([bad.statusCode, bad.data.issues[0].field]).toEqual([400, 'query.format']);
  });
});
