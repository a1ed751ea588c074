/**
 * The API end to end on the demo org: records, imports as jobs (progress, counts, row errors),
 * assessments (create from a brief, override with a reason, finalise), readiness (scoring,
 * per-partner components and needs, simulation), remediation, evidence files, members, the audit
 * log, the OpenAPI document with its offline docs, and answers that are exactly the contracts’ shapes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  importPayloadSchema,
  importResultSchema,
  jobSchema,
  readinessSummarySchema,
  tierRowSchema,
  tierSimulationSchema,
} from '@trellis/contracts';
import { EXAMPLE_DIR, readBriefFile } from '@trellis/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { type Client, startTestServer, type TestServer } from './support/test-server.ts';

let s: TestServer;
let owner: Client;
const V1 = '/api/v1/orgs/demo';

beforeAll(async () => {
  s = await startTestServer();
  owner = await s.signIn('owner@demo.trellis.test');
});
afterAll(() => s?.close());

const audit = async (action: string) =>
  (await owner.get(`${V1}/audit?action=${action}&limit=500`)).data.items;

describe('records', () => {
  it('create, read, update, list and delete a partner, validated like the CSV import and audited', async () => {
    const created = await owner.post(`${V1}/partners`, {
      external_id: 'P-NEW',
      name: 'Newco',
      type: 'channel',
      joined_on: '2026-10-01',
      lifecycle: 'onboarding',
      region: 'APAC',
    });
    expect(created.statusCode).toBe(201);
    expect(created.data).toMatchObject({ external_id: 'P-NEW', region: 'APAC', tier: null });
    expect((await owner.post(`${V1}/partners`, created.data)).statusCode).toBe(409);
    const bad = await owner.post(`${V1}/partners`, {
      ...created.data,
      external_id: 'P-BAD',
      type: 'reseller',
      joined_on: '2026-02-30',
    });
    expect(bad.statusCode).toBe(400);
    // Dates are checked by the request schema, enum values by the import's own rules.
    expect(bad.data.issues.map((i: { field: string }) => i.field)).toEqual(['body.joined_on']);
    const badType = await owner.post(`${V1}/partners`, {
      ...created.data,
      external_id: 'P-BAD',
      type: 'reseller',
    });
    expect(badType.statusCode).toBe(400);
    expect(badType.data.issues).toEqual([
      { field: 'type', reason: '"reseller" is not one of strategic, channel, technology, referral' },
    ]);
    expect((await owner.get(`${V1}/partners/P-BAD`)).statusCode).toBe(404);
    const updated = await owner.patch(`${V1}/partners/P-NEW`, { name: 'Newco Ltd', segment: 'SMB' });
    expect(updated.data).toMatchObject({ name: 'Newco Ltd', segment: 'SMB', region: 'APAC' });
    const list = await owner.get(`${V1}/partners?region=APAC&sort=-joined_on&limit=1`);
    expect(list.data).toMatchObject({ limit: 1, offset: 0 });
    expect(list.data.items[0].external_id).toBe('P-NEW');
    expect(list.data.total).toBeGreaterThan(1);
    const searched = await owner.get(`${V1}/partners?q=newco`);
    expect(searched.data.items.map((p: { external_id: string }) => p.external_id)).toEqual(['P-NEW']);
    const opp = await owner.post(`${V1}/opportunities`, {
      external_id: 'O-NEW',
      partner_external_id: 'P-NEW',
      amount: 125000.5,
      stage: 'open',
      created_on: '2026-10-02',
      sourced_by_partner: true,
    });
    expect(opp.statusCode).toBe(201);
    // Not given is not "no": the registration is unknown (docs/import-format.md, "Absent columns").
    expect(opp.data).toMatchObject({ amount: 125000.5, partner_external_id: 'P-NEW', registered: null });
    const refused = await owner.delete(`${V1}/partners/P-NEW`);
    expect(refused.statusCode).toBe(409);
    expect(refused.data.detail).toContain('still referenced');
    expect((await owner.delete(`${V1}/opportunities/O-NEW`)).statusCode).toBe(204);
    expect((await owner.delete(`${V1}/partners/P-NEW`)).statusCode).toBe(204);
    expect((await owner.get(`${V1}/partners/P-NEW`)).statusCode).toBe(404);
    const deletions = await audit('record.delete');
    expect(deletions.map((a: { entityId: string }) => a.entityId).sort()).toEqual(['O-NEW', 'P-NEW']);
    const del = deletions.find((a: { entityId: string }) => a.entityId === 'P-NEW');
    expect(del).toMatchObject({ actor: 'owner@demo.trellis.test', entity: 'partners', after: null });
    expect(del.before.name).toBe('Newco Ltd');
    const update = (await audit('record.update')).find((a: { entityId: string }) => a.entityId === 'P-NEW');
    expect([update.before.name, update.after.name]).toEqual(['Newco', 'Newco Ltd']);
  });
});

describe('imports as jobs', () => {
  const csv =
    'external_id,name,type,joined_on,lifecycle\nP-I1,Imported one,referral,2026-10-05,active\nP-I2,Imported two,technology,2026-10-06,active\n';

  it('a dry run counts without writing; the import writes, reports progress and counts, and is audited', async () => {
    const dry = await owner.request('POST', `${V1}/imports/partners?dryRun=true`, csv, {
      'content-type': 'text/csv',
      'x-filename': 'crm.csv',
    });
    expect(dry.statusCode).toBe(202);
    expect(dry.headers.location).toBe(`/api/v1/orgs/demo/jobs/${dry.data.id}`);
    const dryJob = await s.waitForJob(owner, 'demo', dry.data.id);
    expect(dryJob).toMatchObject({
      status: 'done',
      result: { rows: 2, inserted: 2, dryRun: true, file: 'crm.csv' },
    });
    expect((await owner.get(`${V1}/partners/P-I1`)).statusCode).toBe(404);
    const real = await owner.request('POST', `${V1}/imports/partners`, csv, { 'content-type': 'text/csv' });
    const job = await s.waitForJob(owner, 'demo', real.data.id);
    expect(job).toMatchObject({ status: 'done', attempts: 1, result: { rows: 2, inserted: 2, updated: 0 } });
    expect(job.progress).toMatchObject({ rows: 2, fraction: 1, stage: 'done' });
    expect((await owner.get(`${V1}/partners/P-I2`)).data.name).toBe('Imported two');
    const again = await s.waitForJob(
      owner,
      'demo',
      (await owner.request('POST', `${V1}/imports/partners`, csv, { 'content-type': 'text/csv' })).data.id,
    );
    expect(again.result).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });
    const imports = await audit('import');
    expect(imports.some((a: { after: { job: string } }) => a.after.job === real.data.id)).toBe(true);
  });

  it('a bad file fails the job with every rejected row (line, column, reason) and writes nothing', async () => {
    const bad =
      'external_id,name,type,joined_on,lifecycle\nP-I3,Three,channel,2026-13-01,active\nP-I4,Four,reseller,2026-01-01,active\n';
    const res = await owner.request('POST', `${V1}/imports/partners`, bad, {
      'content-type': 'text/csv',
      'x-filename': 'bad.csv',
    });
    const job = await s.waitForJob(owner, 'demo', res.data.id);
    expect(job.status).toBe('failed');
    expect(job.error.code).toBe('IMPORT_REJECTED');
    expect(job.error.issues).toEqual([
      expect.objectContaining({ line: 2, column: 'joined_on' }),
      expect.objectContaining({ line: 3, column: 'type' }),
    ]);
    // Grouped as the CLI prints it, with the fix the values point to.
    expect(job.error.total).toBe(2);
    expect(job.error.byColumn).toEqual([
      expect.objectContaining({ column: 'joined_on', count: 1 }),
      expect.objectContaining({ column: 'type', count: 1, hint: expect.stringContaining('map:') }),
    ]);
    expect((await owner.get(`${V1}/partners/P-I3`)).statusCode).toBe(404);
  });

  it('accepts a multipart upload, and refuses an empty one', async () => {
    const boundary = 'b0undary';
    const body = `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="more.csv"\r\ncontent-type: text/csv\r\n\r\nexternal_id,name,type,joined_on,lifecycle\nP-I5,Five,channel,2026-10-07,active\n\r\n--${boundary}--\r\n`;
    const res = await owner.request('POST', `${V1}/imports/partners`, body, {
      'content-type': `multipart/form-data; boundary=${boundary}`,
    });
    expect(res.statusCode).toBe(202);
    expect((await s.waitForJob(owner, 'demo', res.data.id)).result).toMatchObject({
      inserted: 1,
      file: 'more.csv',
    });
    const empty = await owner.request('POST', `${V1}/imports/partners`, '', { 'content-type': 'text/csv' });
    expect(empty.statusCode).toBe(400);
  });
});

describe('CRM exports over the API', () => {
  const deals =
    'Record ID,Deal Name,Partner,Amount,Deal Stage,Create Date,Close Date,Original Source\n' +
    '9001,Big deal,Partner A,"$1,200.50",closedwon,2026-10-01,2026-10-02,Partner\n' +
    '9002,Small deal,P-B,900,appointmentscheduled,2026-10-05,2026-12-31,Web\n';

  it('a preset maps a HubSpot export (partners looked up by name or id)', async () => {
    const res = await owner.request('POST', `${V1}/imports/opportunities?preset=hubspot-deals`, deals, {
      'content-type': 'text/csv',
    });
    const job = await s.waitForJob(owner, 'demo', res.data.id);
    expect(job).toMatchObject({ status: 'done', result: { inserted: 2 } });
    const big = await owner.get(`${V1}/opportunities/9001`);
    expect(big.data).toMatchObject({
      partner_external_id: 'P-A',
      amount: 1200.5,
      stage: 'won',
      closed_on: '2026-10-02',
      sourced_by_partner: true,
    });
    const small = await owner.get(`${V1}/opportunities/9002`);
    expect(small.data).toMatchObject({
      partner_external_id: 'P-B',
      stage: 'open',
      closed_on: null,
      sourced_by_partner: false,
    });
    await owner.delete(`${V1}/opportunities/9001`);
    await owner.delete(`${V1}/opportunities/9002`);
  });

  it('a mapping file travels as the multipart field "mapping"; an unknown preset is refused at once', async () => {
    const b = 'map-boundary';
    const mapping =
      'kind: mapping\nentity: opportunities\ncolumns:\n  external_id: Record ID\n  partner_external_id: { from: Partner, lookup: name }\n  amount: { from: Amount, format: money }\n  stage: { from: Deal Stage, map: { closedwon: won }, otherwise: open }\n  created_on: Create Date\n  sourced_by_partner: { from: Original Source, contains: partner }\n';
    const body = `--${b}\r\ncontent-disposition: form-data; name="mapping"\r\n\r\n${mapping}\r\n--${b}\r\ncontent-disposition: form-data; name="file"; filename="deals.csv"\r\ncontent-type: text/csv\r\n\r\n${deals.replace(/,2026-10-02,/, ',,')}\r\n--${b}--\r\n`;
    const res = await owner.request('POST', `${V1}/imports/opportunities?dryRun=true`, body, {
      'content-type': `multipart/form-data; boundary=${b}`,
    });
    expect(res.statusCode).toBe(202);
    const job = await s.waitForJob(owner, 'demo', res.data.id);
    expect(job.status, JSON.stringify(job.error)).toBe('failed');
    // The won deal needs a close date, and this mapping has none: named under the import's column.
    expect(job.error.issues).toEqual([expect.objectContaining({ line: 2, column: 'closed_on' })]);
    const unknown = await owner.request('POST', `${V1}/imports/opportunities?preset=nope`, deals, {
      'content-type': 'text/csv',
    });
    expect(unknown.statusCode).toBe(404);
  });
});

describe('assessments', () => {
  let number: number;

  it('are created from a brief as a job, and read as the six deliverables', async () => {
    const brief = readBriefFile(join(EXAMPLE_DIR, 'brief.yaml'));
    const invalid = await owner.post(`${V1}/assessments`, {
      brief: { ...brief, constraints: { teamSize: 'two' } },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.data.issues[0].path ?? invalid.data.issues[0].field).toMatch(/constraints/);
    const res = await owner.post(`${V1}/assessments`, { brief });
    expect(res.statusCode).toBe(202);
    const job = await s.waitForJob(owner, 'demo', res.data.id);
    expect(job.status).toBe('done');
    number = job.result.assessment;
    expect(number).toBe(2);
    const one = await owner.get(`${V1}/assessments/${number}`);
    expect(one.data).toMatchObject({
      number,
      status: 'draft',
      asOf: '2026-09-30',
      overall: { score: 2.8, band: 'Developing' },
    });
    const report = await owner.get(`${V1}/assessments/${number}/report`);
    expect(report.data.performance.partners).toHaveLength(25);
    const dashboard = await owner.get(`${V1}/assessments/latest/dashboard`);
    expect(dashboard.data.performance.partners).toEqual([]);
    expect(dashboard.data.summary).toEqual(report.data.summary);
    const page = await owner.get(
      `${V1}/assessments/${number}/performance?sort=-revenue&limit=3&health=engaged`,
    );
    expect(page.data.items).toHaveLength(3);
    expect(page.data.items.map((r: { health: string }) => r.health)).toEqual([
      'engaged',
      'engaged',
      'engaged',
    ]);
    const revenues = page.data.items.map((r: { revenue: number }) => r.revenue);
    expect(revenues).toEqual([...revenues].sort((a, b) => b - a));
    expect(page.data.total).toBe(report.data.summary.valueRealized.engaged);
  });

  it('an override needs a reason, changes the scores, and is audited with before and after', async () => {
    const before = (await owner.get(`${V1}/assessments/${number}/report`)).data;
    const noReason = await owner.put(`${V1}/assessments/${number}/criteria/gtm.joint-plan`, {
      score: 4,
      reason: '  ',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.data.issues[0].field).toBe('body.reason');
    const unknown = await owner.put(`${V1}/assessments/${number}/criteria/gtm.nope`, {
      score: 4,
      reason: 'x',
    });
    expect(unknown.statusCode).toBe(404);
    const res = await owner.put(`${V1}/assessments/${number}/criteria/gtm.joint-plan`, {
      score: 4,
      reason: 'joint GTM plans signed with the top partners',
    });
    expect(res.statusCode).toBe(200);
    const gtm = (r: typeof before) => r.scorecard.find((d: { id: string }) => d.id === 'gtm');
    expect(gtm(before).score).toBe(2.3); // (1 + 2 + 3 + 3) / 4 = 2.25 → 2.3
    expect(gtm(res.data).score).toBe(3); // (4 + 2 + 3 + 3) / 4
    // Overall = mean of the six dimension means, recomputed here from the report's criteria.
    const dims = res.data.scorecard.map((d: { criteria: { final: number | null }[] }) => {
      const finals = d.criteria.map((c) => c.final).filter((f): f is number => f !== null);
      return finals.reduce((a, b) => a + b, 0) / finals.length;
    });
    const overall = dims.reduce((a: number, b: number) => a + b, 0) / dims.length;
    expect(res.data.summary.overall.score).toBe(Math.round(overall * 10) / 10);
    expect(res.data.summary.overall.score).toBeGreaterThan(before.summary.overall.score);
    const [entry] = await audit('assessment.override');
    expect(entry).toMatchObject({
      entity: 'assessment',
      entityId: `${number}/gtm.joint-plan`,
      before: { final: 1, manual: { score: 1 } },
      after: { final: 4, manual: { score: 4, reason: 'joint GTM plans signed with the top partners' } },
    });
    expect(entry.after.overall.score).toBe(res.data.summary.overall.score);
    // The dashboard is served from a cache by version: the override is a new version.
    const dash = await owner.get(`${V1}/assessments/${number}/dashboard`);
    expect(dash.data.summary.overall).toEqual(res.data.summary.overall);
    const etag = dash.headers.etag as string;
    const same = await owner.request('GET', `${V1}/assessments/${number}/dashboard`, undefined, {
      'if-none-match': etag,
    });
    expect(same.statusCode).toBe(304);
    await owner.delete(`${V1}/assessments/${number}/criteria/gtm.joint-plan`);
    const changed = await owner.request('GET', `${V1}/assessments/${number}/dashboard`, undefined, {
      'if-none-match': etag,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.data.summary.overall).toEqual(before.summary.overall);
    await owner.put(`${V1}/assessments/${number}/criteria/gtm.joint-plan`, {
      score: 4,
      reason: 'joint GTM plans signed with the top partners',
    });
  });

  it('finalising makes it immutable; the finalisation is audited', async () => {
    const fin = await owner.post(`${V1}/assessments/${number}/finalize`);
    expect(fin.data).toMatchObject({ status: 'final', finalizedBy: 'owner@demo.trellis.test' });
    const late = await owner.put(`${V1}/assessments/${number}/criteria/gtm.joint-plan`, {
      score: 5,
      reason: 'late',
    });
    expect(late.statusCode).toBe(409);
    expect((await owner.delete(`${V1}/assessments/${number}/criteria/gtm.joint-plan`)).statusCode).toBe(409);
    expect((await owner.post(`${V1}/assessments/${number}/finalize`)).statusCode).toBe(409);
    expect((await audit('assessment.finalize'))[0]).toMatchObject({
      entityId: String(number),
      after: { status: 'final' },
    });
    const finals = await owner.get(`${V1}/assessments?status=final`);
    expect(finals.data.items.map((a: { number: number }) => a.number)).toEqual([number]);
  });
});

describe('readiness', () => {
  it('one partner: components, contributions, gates, tier, next-tier needs and its remediation plan', async () => {
    const r = await owner.get(`${V1}/partners/P-C/readiness`);
    expect(r.statusCode).toBe(200);
    expect(r.data).toMatchObject({ asOf: '2026-09-30', externalId: 'P-C', tier: 'silver' });
    for (const c of ['skills', 'capacity', 'outcomes']) expect(r.data[c]).toBeGreaterThan(0);
    expect(Object.keys(r.data.contributions).sort()).toEqual(['capacity', 'outcomes', 'skills']);
    expect(r.data.gates.every((g: { passed: boolean }) => g.passed)).toBe(true);
    // P-C's composite would make Gold; the reference gate holds it back (examples/seed-saas).
    expect(r.data.nextTier).toMatchObject({ tier: 'gold' });
    expect(r.data.nextTier.needs.join('; ')).toContain('reference');
    expect(r.data.remediation.length).toBeGreaterThan(0);
    const next = await owner.get(`${V1}/partners/P-C/next-tier`);
    expect(next.data).toMatchObject({ partner: 'P-C', tier: 'silver', nextTier: r.data.nextTier });
    const june = await owner.get(`${V1}/partners/P-C/readiness?asOf=2026-07-01`);
    expect(june.data.asOf).toBe('2026-06-30');
  });

  it('the summary and the tiers a page at a time', async () => {
    const summary = await owner.get(`${V1}/readiness`);
    expect(summary.data.summary.tierDistribution).toEqual({
      platinum: 1,
      gold: 2,
      silver: 3,
      bronze: 3,
      none: 16,
    });
    expect(summary.data.scorings.map((x: { asOf: string }) => x.asOf)).toEqual(['2026-09-30', '2026-06-30']);
    const golds = await owner.get(`${V1}/readiness/tiers?tier=gold`);
    expect(golds.data.total).toBe(2);
    const top = await owner.get(`${V1}/readiness/tiers?limit=1`);
    expect(top.data.items[0]).toMatchObject({ externalId: 'P-A', tier: 'platinum' });
  });

  it('tier changes of a scoring are in the audit log', async () => {
    const changes = await audit('tier.change');
    expect(changes.length).toBeGreaterThan(0);
    expect(changes[0]).toMatchObject({ entity: 'partner', after: { asOf: expect.any(String) } });
  });

  it('re-scoring runs as a job', async () => {
    const res = await owner.post(`${V1}/readiness/scorings`, { asOf: '2026-10-15' });
    const job = await s.waitForJob(owner, 'demo', res.data.id);
    expect(job).toMatchObject({ status: 'done', result: { asOf: '2026-10-15' } });
    expect((await owner.get(`${V1}/readiness`)).data.asOf).toBe('2026-10-15');
    const unknown = await owner.post(`${V1}/readiness/scorings`, { policyVersion: 'v9' });
    expect(unknown.statusCode).toBe(404);
  });

  it('simulates a candidate policy, writing nothing', async () => {
    const policy = readFileSync(join(EXAMPLE_DIR, 'policies/tier-policy-candidate.yaml'), 'utf8');
    const res = await owner.post(`${V1}/readiness/simulations`, { policy, asOf: '2026-09-30' });
    expect(res.statusCode).toBe(200);
    expect(
      res.data.moves.map((m: { partner: string; direction: string }) => [m.partner, m.direction]),
    ).toEqual([
      ['P-A', 'down'],
      ['P-C', 'up'],
      ['P-I', 'up'],
    ]);
    const broken = await owner.post(`${V1}/readiness/simulations`, {
      policy: 'kind: tier-policy\nweights: 3\n',
    });
    expect(broken.statusCode).toBe(422);
    expect(broken.data.issues.length).toBeGreaterThan(0);
  });

  it('serves the published policy as written, the simulation’s starting point (the web app reads no file)', async () => {
    const res = await owner.get(`${V1}/readiness/policies/v1`);
    expect(res.statusCode).toBe(200);
    const text = readFileSync(join(import.meta.dirname, '../../../frameworks/tier-policy/v1.yaml'), 'utf8');
    expect(res.data).toEqual({
      version: 'v1',
      sha256: createHash('sha256').update(text).digest('hex'),
      yaml: text,
    });
    // The published policy is not a candidate: simulating it is refused as such.
    const same = await owner.post(`${V1}/readiness/simulations`, { policy: res.data.yaml });
    expect(same.statusCode).toBe(400);
    expect((await owner.get(`${V1}/readiness/policies/v9`)).statusCode).toBe(404);
    expect((await owner.get(`${V1}/readiness/policies/..%2Fx`)).statusCode).toBe(400);
    const viewer = await s.tokenClient('viewer');
    expect((await viewer.get(`${V1}/readiness/policies/v1`)).statusCode).toBe(403);
  });

  it('names the published tiers, highest first, for every role that reads readiness (the policy stays closed)', async () => {
    const expected = {
      version: 'v1',
      tiers: [
        { id: 'platinum', name: 'Platinum' },
        { id: 'gold', name: 'Gold' },
        { id: 'silver', name: 'Silver' },
        { id: 'bronze', name: 'Bronze' },
      ],
    };
    expect((await owner.get(`${V1}/readiness/policies/v1/tiers`)).data).toEqual(expected);
    const partner = await s.tokenClient('partner', 'demo', 'P-A');
    expect((await partner.get(`${V1}/readiness/policies/v1/tiers`)).data).toEqual(expected);
    expect((await partner.get(`${V1}/readiness/policies/v9/tiers`)).statusCode).toBe(404);
  });
});

describe('remediation', () => {
  it('items are updated and closed, and every change is audited', async () => {
    const items = (await owner.get(`${V1}/remediation?partner=P-C&status=open`)).data.items;
    const item = items[0];
    const upd = await owner.patch(`${V1}/remediation/${item.id}`, {
      status: 'in_progress',
      mentor: 'Ana Ruiz',
    });
    expect(upd.data).toMatchObject({ id: item.id, status: 'in_progress', mentor: 'Ana Ruiz' });
    const closed = await owner.post(`${V1}/remediation/${item.id}/close`, { status: 'done' });
    expect(closed.data).toMatchObject({ status: 'done', closedOn: '2026-10-15' });
    const log = (await audit('remediation.update')).filter(
      (a: { entityId: string }) => a.entityId === String(item.id),
    );
    expect(log.map((a: { after: { status: string } }) => a.after.status)).toEqual(['done', 'in_progress']);
    expect((await owner.patch(`${V1}/remediation/99999`, { status: 'done' })).statusCode).toBe(404);
  });
});

describe('evidence files', () => {
  const PDF = Buffer.from('%PDF-1.7\n% a tiny document\n');
  const upload = (client: Client, file: Buffer, type: string, person = 'U-A1', name = 'design.pdf') => {
    const b = 'ev-boundary';
    const body = Buffer.concat([
      Buffer.from(`--${b}\r\ncontent-disposition: form-data; name="person"\r\n\r\n${person}\r\n`),
      Buffer.from(
        `--${b}\r\ncontent-disposition: form-data; name="file"; filename="${name}"\r\ncontent-type: ${type}\r\n\r\n`,
      ),
      file,
      Buffer.from(`\r\n--${b}--\r\n`),
    ]);
    return client.request('POST', `${V1}/evidence-files`, body, {
      'content-type': `multipart/form-data; boundary=${b}`,
    });
  };

  it('stores by partner and sha256, downloads as an attachment, refuses wrong types and oversize files', async () => {
    const person = (await owner.get(`${V1}/people?partner_external_id=P-A&limit=1`)).data.items[0]
      .external_id;
    const res = await upload(owner, PDF, 'application/pdf', person, 'solution/design<1>.pdf');
    expect(res.statusCode).toBe(201);
    expect(res.data).toMatchObject({
      partner: 'P-A',
      person,
      contentType: 'application/pdf',
      size: PDF.length,
    });
    expect(res.data.sha256).toMatch(/^[0-9a-f]{64}$/);
    const again = await upload(owner, PDF, 'application/pdf', person);
    expect(again.data.sha256).toBe(res.data.sha256);
    const down = await owner.get(`${V1}/partners/P-A/evidence-files/${res.data.sha256}`);
    expect(down.rawPayload.equals(PDF)).toBe(true);
    expect(down.headers['content-type']).toBe('application/pdf');
    expect(down.headers['content-disposition']).toMatch(/^attachment; filename="design1.pdf"/); // the path is dropped, <> removed
    const fake = await upload(owner, Buffer.from('MZ\x90\x00 not a pdf'), 'application/pdf', person);
    expect(fake.statusCode).toBe(415);
    const html = await upload(owner, Buffer.from('<script>alert(1)</script>'), 'text/html', person);
    expect(html.statusCode).toBe(415);
    const big = await upload(
      owner,
      Buffer.concat([PDF, Buffer.alloc(1024 * 1024 + 1, 32)]),
      'application/pdf',
      person,
    );
    expect(big.statusCode).toBe(413);
    expect((await owner.get(`${V1}/partners/P-A/evidence-files/${'f'.repeat(64)}`)).statusCode).toBe(404);
    // Addressed by partner and content: the partner's file, not any file with those bytes.
    expect((await owner.get(`${V1}/partners/P-B/evidence-files/${res.data.sha256}`)).statusCode).toBe(404);
  });
});

describe('members', () => {
  it('are added with a role, may sign in, change role and leave; owners are protected', async () => {
    const added = await owner.post(`${V1}/members`, {
      email: 'Asha@Example.test',
      name: 'Asha',
      role: 'assessor',
      password: 'assessor-password-1',
    });
    expect(added.statusCode).toBe(201);
    expect(added.data).toMatchObject({ email: 'asha@example.test', role: 'assessor', partner: null });
    const asha = await s.signIn('asha@example.test', 'assessor-password-1');
    expect((await asha.get(`${V1}/members`)).statusCode).toBe(403);
    expect((await asha.get(`${V1}/partners?limit=1`)).statusCode).toBe(200);
    expect(
      (await owner.post(`${V1}/members`, { email: 'asha@example.test', role: 'viewer' })).statusCode,
    ).toBe(409);
    const partnerUser = await owner.post(`${V1}/members`, {
      email: 'pb@example.test',
      role: 'partner',
      password: 'partner-b-password',
    });
    expect(partnerUser.statusCode).toBe(400);
    const pb = await owner.post(`${V1}/members`, {
      email: 'pb@example.test',
      role: 'partner',
      partner: 'P-B',
      password: 'partner-b-password',
    });
    expect(pb.data.partner).toBe('P-B');
    const promoted = await owner.patch(`${V1}/members/${added.data.userId}`, { role: 'admin' });
    expect(promoted.data.role).toBe('admin');
    const admin = await s.signIn('asha@example.test', 'assessor-password-1');
    const ownerId = (await owner.get('/api/v1/auth/session')).data.user.id;
    expect((await admin.patch(`${V1}/members/${ownerId}`, { role: 'viewer' })).statusCode).toBe(403);
    expect(
      (
        await admin.post(`${V1}/members`, {
          email: 'x@example.test',
          role: 'owner',
          password: 'whatever-long',
        })
      ).statusCode,
    ).toBe(403);
    const lastOwner = await owner.patch(`${V1}/members/${ownerId}`, { role: 'admin' });
    expect(lastOwner.statusCode).toBe(409);
    expect((await owner.delete(`${V1}/members/${added.data.userId}`)).statusCode).toBe(204);
    expect((await admin.get(`${V1}/partners?limit=1`)).statusCode).toBe(404);
    expect((await audit('member.remove'))[0]).toMatchObject({
      entityId: added.data.userId,
      before: { role: 'admin' },
    });
  });
});

describe('OpenAPI and docs', () => {
  it('the document is OpenAPI 3.1, generated from the zod schemas, listing the roles of each operation', async () => {
    const res = await s.anonymous.get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.data;
    expect(doc.openapi).toBe('3.1.0');
    const partners = doc.paths['/api/v1/orgs/{org}/partners'];
    expect(partners.get.description).toContain('roles: owner, admin, program manager, assessor, viewer');
    expect(partners.post.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['external_id', 'name', 'type', 'joined_on', 'lifecycle']),
    );
    const signIn = doc.paths['/api/v1/auth/sign-in'].post.requestBody.content['application/json'].schema;
    expect(Object.keys(signIn.properties).sort()).toEqual(['email', 'password']);
    expect(Object.keys(doc.paths).length).toBeGreaterThan(40);
    expect(doc.components.securitySchemes.bearer).toEqual({ type: 'http', scheme: 'bearer' });
  });

  it('the interactive docs are served from the server itself (no external requests)', async () => {
    const page = await s.anonymous.get('/api/docs/');
    const html =
      page.statusCode === 302 ? (await s.anonymous.get(page.headers.location as string)).body : page.body;
    expect(html).toContain('swagger-ui');
    const scripts = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) expect(src).not.toMatch(/^(https?:)?\/\//);
    const bundle = scripts.find((x) => x.endsWith('.js'))!;
    const js = await s.anonymous.get(
      bundle.startsWith('/') ? bundle : `/api/docs/${bundle.replace(/^\.\//, '')}`,
    );
    expect(js.statusCode).toBe(200);
  });
});

const exactly = (schema: z.ZodType, answer: unknown) => expect(schema.parse(answer)).toEqual(answer);

const importCsv = async (csv: string, dryRun: boolean) => {
  const res = await owner.request('POST', `${V1}/imports/partners?dryRun=${dryRun}`, csv, {
    'content-type': 'text/csv',
    'x-filename': 'crm.csv',
  });
  exactly(jobSchema, res.data);
  return s.waitForJob(owner, 'demo', res.data.id);
};

/**
 * What the API sends is what @trellis/contracts declares, no more and no less: the web app types
 * its reads with these schemas and keeps no copies, so a field the server adds, drops or retypes
 * must change the contract first. zod strips unknown keys at every depth, so a parse equal to the
 * answer proves both the types and the absence of anything undeclared.
 */
describe('the API answers in the contracts’ shapes', () => {
  it('an import job: its payload, progress and result; a refused one: its problems by column', async () => {
    const done = await importCsv(
      'external_id,name,type,joined_on,lifecycle\nP-W1,One,referral,2026-10-05,active\n',
      true,
    );
    exactly(jobSchema, done);
    exactly(importPayloadSchema, done.payload);
    exactly(importResultSchema, done.result);
    expect(done.progress).not.toBeNull();
    const failed = await importCsv(
      'external_id,name,type,joined_on,lifecycle\nP-W2,Two,channel,2026-13-01,active\n',
      true,
    );
    exactly(jobSchema, failed);
    expect(failed.error.byColumn.length).toBeGreaterThan(0);
  });

  it('the readiness summary, a page of tiers and a simulation', async () => {
    exactly(readinessSummarySchema, (await owner.get(`${V1}/readiness`)).data);
    const tiers = (await owner.get(`${V1}/readiness/tiers?limit=100`)).data;
    expect(tiers.items.length).toBeGreaterThan(0);
    for (const row of tiers.items) exactly(tierRowSchema, row);
    const policy = readFileSync(join(EXAMPLE_DIR, 'policies/tier-policy-candidate.yaml'), 'utf8');
    const simulation = await owner.post(`${V1}/readiness/simulations`, { policy, asOf: '2026-09-30' });
    expect(simulation.data.moves.length).toBeGreaterThan(0);
    exactly(tierSimulationSchema, simulation.data);
  });
});
