/**
 * The assessment as a document over the API: GET …/assessments/:n/document?format=html|md is a
 * download of what `trellis report` writes — the HTML self-contained with its charts — and is
 * refused to partner users, other orgs and unknown assessments.
 */
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

  it('is refused to partner users, other orgs, unknown assessments and unknown formats', async () => {
    expect((await partner.get(`${V1}/assessments/1/document`)).statusCode).toBe(403);
    expect((await globex.get(`${V1}/assessments/1/document`)).statusCode).toBe(404);
    const missing = await owner.get(`${V1}/assessments/99/document`);
    expect([missing.statusCode, missing.data.detail]).toEqual([404, 'No assessment #99']);
    const bad = await owner.get(`${V1}/assessments/1/document?format=docx`);
    expect([bad.statusCode, bad.data.issues[0].field]).toEqual([400, 'query.format']);
  });
});
