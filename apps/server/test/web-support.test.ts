/**
 * The endpoints the web app leans on, end to end on the demo org: the progress of plan items (kept
 * through recomputation, shown by report and dashboard, refused once final), the performance table
 * by region, format detection with a proposed mapping, the presets, saved mappings (and imports
 * through them), and data coverage — each with its denials: a role without the permission (403),
 * another org (404), bad input (400 naming the field).
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { programAboveReadiness } from '@trellis/contracts';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { type Client, startTestServer, type TestServer } from './support/test-server.ts';

let s: TestServer;
let owner: Client;
let assessor: Client;
let viewer: Client;
let partner: Client;
/** The owner of another org, with an API token there. */
let globex: Client;
const V1 = '/api/v1/orgs/demo';
const G1 = '/api/v1/orgs/globex';

beforeAll(async () => {
  s = await startTestServer({ env: { TRELLIS_MAX_IMPORT_MB: '1' } });
  owner = await s.signIn('owner@demo.trellis.test');
  assessor = await s.tokenClient('assessor');
  viewer = await s.tokenClient('viewer');
  partner = await s.tokenClient('partner');
  await s.db.query(`insert into orgs (id, name) values ('globex', 'Globex')`);
  globex = await s.tokenClient('owner', 'globex');
});
afterAll(() => s?.close());

const audit = async (action: string) =>
  (await owner.get(`${V1}/audit?action=${action}&limit=500`)).data.items;
const fields = (res: { data: { issues?: { field?: string }[] } }) =>
  (res.data.issues ?? []).map((i) => i.field);

// biome-ignore lint/suspicious/noExplicitAny: report JSON, read field by field
type Plan = Record<'days30' | 'days60' | 'days90' | 'deferred', any[]>;
const planItems = (plan: Plan) => [...plan.days30, ...plan.days60, ...plan.days90, ...plan.deferred];
const statusOf = (plan: Plan, action: string) => planItems(plan).find((i) => i.action === action)?.status;

describe('plan item status', () => {
  let action: string;
  let later: string;

  it('every plan item starts as "todo", in the report and the dashboard', async () => {
    const report = (await owner.get(`${V1}/assessments/latest/report`)).data;
    const dashboard = (await owner.get(`${V1}/assessments/latest/dashboard`)).data;
    expect(planItems(report.plan).length).toBeGreaterThan(3);
    expect(new Set(planItems(report.plan).map((i) => i.status))).toEqual(new Set(['todo']));
    expect(dashboard.plan).toEqual(report.plan);
    action = report.plan.days30[0].action;
    later = report.plan.days30[1].action;
  });

  it('an assessor sets it; report and dashboard show it at once (a new version), and it is audited', async () => {
    const dash = await owner.get(`${V1}/assessments/latest/dashboard`);
    const etag = dash.headers.etag as string;
    const res = await assessor.patch(`${V1}/assessments/1/plan/${action}`, { status: 'in_progress' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.data).toMatchObject({
      action,
      bucket: 'days30',
      status: 'in_progress',
      updatedBy: 'token test assessor',
    });
    expect(res.data.updatedAt).toEqual(expect.any(String));
    const report = (await owner.get(`${V1}/assessments/1/report`)).data;
    expect(statusOf(report.plan, action)).toBe('in_progress');
    expect(statusOf(report.plan, later)).toBe('todo');
    const fresh = await owner.request('GET', `${V1}/assessments/latest/dashboard`, undefined, {
      'if-none-match': etag,
    });
    expect(fresh.statusCode).toBe(200);
    expect(fresh.headers.etag).not.toBe(etag);
    expect(statusOf(fresh.data.plan, action)).toBe('in_progress');
    const [entry] = await audit('assessment.plan-status');
    expect(entry).toMatchObject({
      actor: 'token test assessor',
      entity: 'assessment',
      entityId: `1/${action}`,
      before: { status: 'todo' },
      after: { status: 'in_progress' },
    });
    // Setting the same status again changes nothing and records nothing.
    const again = await owner.patch(`${V1}/assessments/1/plan/${action}`, { status: 'in_progress' });
    expect(again.data).toMatchObject({ status: 'in_progress', updatedBy: 'token test assessor' });
    expect(await audit('assessment.plan-status')).toHaveLength(1);
  });

  it('names an owner (alone or with a status); null clears it; the documents show it', async () => {
    const named = await assessor.patch(`${V1}/assessments/1/plan/${action}`, { owner: '  Dana Alvarez ' });
    expect(named.statusCode, named.body).toBe(200);
    // The status is left as it was; the name is trimmed.
    expect(named.data).toMatchObject({ action, status: 'in_progress', owner: 'Dana Alvarez' });
    const report = (await owner.get(`${V1}/assessments/1/report`)).data;
    expect(planItems(report.plan).find((i) => i.action === action)).toMatchObject({ owner: 'Dana Alvarez' });
    const [entry] = await audit('assessment.plan-status');
    expect(entry).toMatchObject({
      before: { status: 'in_progress', owner: null },
      after: { status: 'in_progress', owner: 'Dana Alvarez' },
    });
    const md = (await owner.get(`${V1}/assessments/1/document?format=md`)).body;
    expect(md).toMatch(/owner Dana Alvarez\./);
    const both = await owner.patch(`${V1}/assessments/1/plan/${later}`, {
      status: 'in_progress',
      owner: 'Sam Okafor',
    });
    expect(both.data).toMatchObject({ status: 'in_progress', owner: 'Sam Okafor' });
    const cleared = await owner.patch(`${V1}/assessments/1/plan/${later}`, { owner: null });
    expect(cleared.data).toMatchObject({ status: 'in_progress', owner: null });
    const empty = await owner.patch(`${V1}/assessments/1/plan/${later}`, {});
    expect([empty.statusCode, fields(empty)]).toEqual([400, ['body.status']]);
    const blank = await owner.patch(`${V1}/assessments/1/plan/${later}`, { owner: '   ' });
    expect([blank.statusCode, fields(blank)]).toEqual([400, ['body.owner']]);
  });

  it('stays with the action when an override recomputes the plan', async () => {
    await owner.patch(`${V1}/assessments/1/plan/${later}`, { status: 'done' });
    const res = await owner.put(`${V1}/assessments/1/criteria/gtm.joint-plan`, {
      score: 4,
      reason: 'joint GTM plans signed',
    });
    expect(res.statusCode).toBe(200);
    expect(statusOf(res.data.plan, action)).toBe('in_progress');
    expect(statusOf(res.data.plan, later)).toBe('done');
    expect(planItems(res.data.plan).find((i) => i.action === action)?.owner).toBe('Dana Alvarez');
    expect(
      planItems(res.data.plan).filter((i) => ![action, later].includes(i.action) && i.status !== 'todo'),
    ).toEqual([]);
    const dashboard = (await owner.get(`${V1}/assessments/1/dashboard`)).data;
    expect(statusOf(dashboard.plan, later)).toBe('done');
  });

  it('denials: 403 for roles that may not score, 404 for an unknown action or another org, 400 naming the field', async () => {
    for (const c of [viewer, partner]) {
      const res = await c.patch(`${V1}/assessments/1/plan/${action}`, { status: 'done' });
      expect(res.statusCode).toBe(403);
    }
    const unknown = await owner.patch(`${V1}/assessments/1/plan/no-such-action`, { status: 'done' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.data.detail).toContain('no-such-action');
    expect((await owner.patch(`${V1}/assessments/99/plan/${action}`, { status: 'done' })).statusCode).toBe(
      404,
    );
    expect((await globex.patch(`${V1}/assessments/1/plan/${action}`, { status: 'done' })).statusCode).toBe(
      404,
    );
    expect((await globex.patch(`${G1}/assessments/1/plan/${action}`, { status: 'done' })).statusCode).toBe(
      404,
    );
    const bad = await owner.patch(`${V1}/assessments/1/plan/${action}`, { status: 'finished' });
    expect(bad.statusCode).toBe(400);
    expect(fields(bad)).toEqual(['body.status']);
    const extra = await owner.patch(`${V1}/assessments/1/plan/${action}`, { status: 'done', note: 'x' });
    expect(fields(extra)).toEqual(['body.note']);
  });

  it('is refused once the assessment is final (409)', async () => {
    expect((await owner.post(`${V1}/assessments/1/finalize`)).statusCode).toBe(200);
    const res = await owner.patch(`${V1}/assessments/1/plan/${action}`, { status: 'done' });
    expect(res.statusCode).toBe(409);
    const report = (await owner.get(`${V1}/assessments/1/report`)).data;
    expect(statusOf(report.plan, action)).toBe('in_progress');
  });
});

describe('the brief of an assessment', () => {
  it('is the brief it was made from, and a new assessment of another date starts from it', async () => {
    const file = parseYaml(
      readFileSync(join(import.meta.dirname, '../../../examples/seed-saas/brief.yaml'), 'utf8'),
    );
    const res = await owner.get(`${V1}/assessments/1/brief`);
    expect(res.statusCode).toBe(200);
    expect(res.data).toMatchObject({
      name: file.name,
      context: { targetRegions: file.context.targetRegions, companyRevenue: file.context.companyRevenue },
      constraints: { teamSize: file.constraints.teamSize },
    });
    expect(res.data.objectives.map((o: { metric: string }) => o.metric)).toEqual(
      file.objectives.map((o: { metric: string }) => o.metric),
    );
    const again = await owner.post(`${V1}/assessments`, { brief: res.data, asOf: '2026-06-30' });
    expect(again.statusCode).toBe(202);
    const job = await s.waitForJob(owner, 'demo', again.data.id);
    expect(job.status).toBe('done');
    const made = await owner.get(`${V1}/assessments/${job.result.assessment}`);
    expect(made.data).toMatchObject({ asOf: '2026-06-30', status: 'draft' });
    expect((await owner.get(`${V1}/assessments/latest/brief`)).data.name).toBe(file.name);
  });

  it('is refused to partner users, other orgs and unknown assessments', async () => {
    expect((await partner.get(`${V1}/assessments/1/brief`)).statusCode).toBe(403);
    expect((await globex.get(`${V1}/assessments/1/brief`)).statusCode).toBe(404);
    expect((await owner.get(`${V1}/assessments/99/brief`)).statusCode).toBe(404);
  });
});

describe('performance by region', () => {
  const ids = (res: { data: { items: { externalId: string }[] } }) =>
    res.data.items.map((r) => r.externalId).sort();

  it('region= keeps the partners of that region exactly, with the other filters', async () => {
    const emea = await owner.get(`${V1}/assessments/latest/performance?region=EMEA&limit=500`);
    expect(emea.statusCode).toBe(200);
    const partners = await owner.get(`${V1}/partners?region=EMEA&limit=500`);
    const inEmea = new Set(partners.data.items.map((p: { external_id: string }) => p.external_id));
    expect(ids(emea).length).toBeGreaterThan(3);
    expect(emea.data.total).toBe(ids(emea).length);
    expect(ids(emea).filter((id) => !inEmea.has(id))).toEqual([]);
    const all = await owner.get(`${V1}/assessments/latest/performance?limit=500`);
    const na = await owner.get(`${V1}/assessments/latest/performance?region=NA&limit=500`);
    const apac = await owner.get(`${V1}/assessments/latest/performance?region=APAC&limit=500`);
    expect(emea.data.total + na.data.total + apac.data.total).toBe(all.data.total);
    expect((await owner.get(`${V1}/assessments/latest/performance?region=emea`)).data.total).toBe(0);
    const both = await owner.get(`${V1}/assessments/latest/performance?region=EMEA&health=engaged&limit=500`);
    expect(both.data.items.every((r: { health: string }) => r.health === 'engaged')).toBe(true);
    expect(ids(both).every((id) => ids(emea).includes(id))).toBe(true);
  });

  it('programTier= matches the program tier in any letter case; readinessTier= the computed one', async () => {
    type Row = { programTier: string | null; readiness: { tier: string | null } | null };
    const byName = await owner.get(`${V1}/assessments/latest/performance?programTier=Gold&limit=500`);
    expect(byName.data.total).toBeGreaterThan(0);
    expect(byName.data.items.every((r: Row) => r.programTier === 'Gold')).toBe(true);
    expect(ids(await owner.get(`${V1}/assessments/latest/performance?programTier=gold&limit=500`))).toEqual(
      ids(byName),
    );
    const none = await owner.get(`${V1}/assessments/latest/performance?programTier=NONE&limit=500`);
    expect(none.data.total).toBeGreaterThan(0);
    expect(none.data.items.every((r: Row) => r.programTier === null)).toBe(true);
    const ready = await owner.get(`${V1}/assessments/latest/performance?readinessTier=gold&limit=500`);
    expect(ready.data.total).toBeGreaterThan(0);
    expect(ready.data.items.every((r: Row) => r.readiness?.tier === 'gold')).toBe(true);
    // The two tiers are not the same list: P-X is Gold in the program, with no readiness tier.
    expect(ids(byName)).toContain('P-X');
    expect(ids(ready)).not.toContain('P-X');
  });

  it('review=true lists the partners whose program tier is above their readiness tier, and only them', async () => {
    type Row = { externalId: string; programTier: string | null; readiness: { tier: string | null } | null };
    const review = await owner.get(`${V1}/assessments/latest/performance?review=true&limit=500`);
    const all = await owner.get(`${V1}/assessments/latest/performance?limit=500`);
    const expected = all.data.items
      .filter((r: Row) => r.readiness && programAboveReadiness(r.programTier, r.readiness.tier))
      .map((r: Row) => r.externalId)
      .sort();
    expect(expected).toContain('P-X');
    expect(ids(review).sort()).toEqual(expected);
    const tiers = await owner.get(`${V1}/readiness/tiers?review=true&limit=100`);
    expect(tiers.data.items.map((r: { externalId: string }) => r.externalId).sort()).toEqual(expected);
    expect(tiers.data.items.every((r: { tierReview: boolean }) => r.tierReview)).toBe(true);
  });

  it('a partner user still sees only their own row; a region too long is 400 naming it', async () => {
    expect(ids(await partner.get(`${V1}/assessments/latest/performance?region=NA`))).toEqual(['P-A']);
    expect(ids(await partner.get(`${V1}/assessments/latest/performance?region=EMEA`))).toEqual([]);
    const long = await owner.get(`${V1}/assessments/latest/performance?region=${'x'.repeat(201)}`);
    expect(long.statusCode).toBe(400);
    expect(fields(long)).toEqual(['query.region']);
  });
});

describe('format detection and a proposed mapping', () => {
  const deals = [
    'Record ID;Deal Name;Partner;Amount;Deal Stage;Create Date;Close Date;Original Source',
    ...Array.from(
      { length: 12 },
      (_, i) =>
        `${9100 + i};Société ${i};Partner A;"$1,200.50";closedwon;3/15/2026;4/${i + 1}/2026;Partner referral`,
    ),
  ].join('\r\n');
  const cp1252 = Buffer.from(deals, 'latin1');

  it('reads the encoding, delimiter, header and first rows, and proposes a mapping with notes', async () => {
    const res = await owner.request('POST', `${V1}/imports/infer`, cp1252, {
      'content-type': 'text/csv',
      'x-filename': 'deals.csv',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.data).toMatchObject({
      entity: 'opportunities',
      encoding: 'windows-1252',
      delimiter: ';',
      header: [
        'Record ID',
        'Deal Name',
        'Partner',
        'Amount',
        'Deal Stage',
        'Create Date',
        'Close Date',
        'Original Source',
      ],
      mapping: { kind: 'mapping', entity: 'opportunities' },
    });
    expect(res.data.sample).toHaveLength(10);
    expect(res.data.sample[0][1]).toBe('Société 0');
    expect(res.data.mapping.columns.external_id).toBe('Record ID');
    expect(res.data.yaml).toContain('entity: opportunities');
    expect(res.data.notes.length).toBeGreaterThan(0);
    expect(res.data.yaml).toContain(`# ${res.data.notes[0]}`);
  });

  it('takes the entity to map to, a multipart upload, and an .xlsx workbook (a named sheet)', async () => {
    const forced = await owner.request('POST', `${V1}/imports/infer?entity=partners`, deals, {
      'content-type': 'text/csv',
    });
    expect(forced.data.entity).toBe('partners');
    const b = 'infer-boundary';
    const body = `--${b}\r\ncontent-disposition: form-data; name="file"; filename="deals.csv"\r\ncontent-type: text/csv\r\n\r\n${deals}\r\n--${b}--\r\n`;
    const multi = await owner.request('POST', `${V1}/imports/infer`, body, {
      'content-type': `multipart/form-data; boundary=${b}`,
    });
    expect(multi.statusCode, multi.body).toBe(200);
    expect(multi.data).toMatchObject({ entity: 'opportunities', encoding: 'utf-8', delimiter: ';' });
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Notes').addRow(['nothing', 'here']);
    const sheet = wb.addWorksheet('Accounts');
    sheet.addRow(['Account ID', 'Account Name', 'Partner Type', 'Partner Since', 'Partner Status']);
    sheet.addRow(['001A', 'Acme', 'Reseller', new Date(Date.UTC(2024, 2, 15)), 'Active']);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await owner.request('POST', `${V1}/imports/infer?sheet=Accounts`, xlsx, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'x-filename': 'accounts.xlsx',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.data).toMatchObject({
      entity: 'partners',
      encoding: 'xlsx',
      delimiter: '',
      sample: [['001A', 'Acme', 'Reseller', '2024-03-15', 'Active']],
    });
  });

  it('denials: 403 for roles that may not import, 404 for another org, 400 naming the field, 413 over the limit', async () => {
    for (const c of [assessor, viewer, partner]) {
      const res = await c.request('POST', `${V1}/imports/infer`, deals, { 'content-type': 'text/csv' });
      expect(res.statusCode).toBe(403);
    }
    const other = await globex.request('POST', `${V1}/imports/infer`, deals, { 'content-type': 'text/csv' });
    expect(other.statusCode).toBe(404);
    const entity = await owner.request('POST', `${V1}/imports/infer?entity=deals`, deals, {
      'content-type': 'text/csv',
    });
    expect(entity.statusCode).toBe(400);
    expect(fields(entity)).toEqual(['query.entity']);
    const empty = await owner.request('POST', `${V1}/imports/infer`, '', { 'content-type': 'text/csv' });
    expect(empty.statusCode).toBe(400);
    expect(fields(empty)).toEqual(['body']);
    const oneLine = await owner.request('POST', `${V1}/imports/infer`, 'just a title\n', {
      'content-type': 'text/csv',
    });
    expect(oneLine.statusCode).toBe(400);
    expect(oneLine.data.detail).toContain('no header row');
    const big = await owner.request('POST', `${V1}/imports/infer`, `a,b\n${'x,y\n'.repeat(300_000)}`, {
      'content-type': 'text/csv',
    });
    expect(big.statusCode).toBe(413);
    const png = await owner.request('POST', `${V1}/imports/infer`, 'x', { 'content-type': 'image/png' });
    expect(png.statusCode).toBe(415);
  });
});

describe('presets', () => {
  it('lists the built-in mappings with entity, description and the columns they read', async () => {
    const res = await owner.get(`${V1}/presets`);
    expect(res.statusCode).toBe(200);
    expect(res.data.items.map((p: { name: string }) => p.name)).toEqual([
      'hubspot-deals',
      'psa-projects',
      'salesforce-accounts',
      'salesforce-opportunities',
    ]);
    const hubspot = res.data.items[0];
    expect(hubspot).toMatchObject({
      entity: 'opportunities',
      description: expect.stringContaining('HubSpot'),
    });
    expect(hubspot.columns).toEqual(expect.arrayContaining(['Record ID', 'Deal Stage', 'Partner', 'Amount']));
    for (const p of res.data.items) expect(p.description.length).toBeGreaterThan(10);
  });

  it('denials: 403 for roles that may not import, 404 for another org', async () => {
    for (const c of [assessor, viewer, partner]) expect((await c.get(`${V1}/presets`)).statusCode).toBe(403);
    expect((await globex.get(`${V1}/presets`)).statusCode).toBe(404);
  });
});

describe('saved mappings', () => {
  const name = 'Partner list EU_v1.2';
  const url = `${V1}/mappings/${encodeURIComponent(name)}`;
  const yaml =
    'kind: mapping\nentity: partners\ndateFormat: DD.MM.YYYY\ncolumns:\n  external_id: ID\n  name: Company\n  type: { value: channel }\n  joined_on: { from: Since, format: date }\n  lifecycle: { value: active }\n  region: { from: Region, optional: true }\n';
  const csv = 'ID,Company,Since,Region\nP-EU1,Eurocorp,15.03.2026,EMEA\nP-EU2,Nordic AB,01.04.2026,EMEA\n';

  it('are saved (201, then 200), listed, and audited', async () => {
    const created = await owner.put(url, { yaml });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.data).toMatchObject({
      name,
      entity: 'partners',
      yaml,
      updatedBy: 'owner@demo.trellis.test',
    });
    const edited = yaml.replace('value: channel', 'value: referral');
    const replaced = await owner.put(url, { yaml: edited });
    expect(replaced.statusCode).toBe(200);
    const list = await owner.get(`${V1}/mappings`);
    expect(list.data.items).toEqual([
      {
        name,
        entity: 'partners',
        yaml: edited,
        updatedAt: expect.any(String),
        updatedBy: 'owner@demo.trellis.test',
      },
    ]);
    expect((await audit('mapping.create'))[0]).toMatchObject({
      entityId: name,
      before: null,
      after: { yaml },
    });
    expect((await audit('mapping.update'))[0]).toMatchObject({
      entityId: name,
      before: { yaml },
      after: { yaml: edited, entity: 'partners' },
    });
  });

  it('an import reads through a saved mapping by name', async () => {
    const res = await owner.request(
      'POST',
      `${V1}/imports/partners?mapping=${encodeURIComponent(name)}`,
      csv,
      {
        'content-type': 'text/csv',
      },
    );
    expect(res.statusCode, res.body).toBe(202);
    const job = await s.waitForJob(owner, 'demo', res.data.id);
    expect(job).toMatchObject({ status: 'done', result: { inserted: 2 } });
    expect((await owner.get(`${V1}/partners/P-EU1`)).data).toMatchObject({
      name: 'Eurocorp',
      type: 'referral',
      joined_on: '2026-03-15',
      region: 'EMEA',
    });
  });

  it('imports: 404 for an unknown name, 400 for another entity or two mappings at once', async () => {
    const post = (q: string) =>
      owner.request('POST', `${V1}/imports/${q}`, csv, { 'content-type': 'text/csv' });
    expect((await post('partners?mapping=nope')).statusCode).toBe(404);
    const wrong = await post(`opportunities?mapping=${encodeURIComponent(name)}`);
    expect(wrong.statusCode).toBe(400);
    expect(fields(wrong)).toEqual(['query.mapping']);
    const two = await post(`partners?mapping=${encodeURIComponent(name)}&preset=salesforce-accounts`);
    expect(two.statusCode).toBe(400);
    expect(fields(two)).toEqual(['query.mapping']);
    const badName = await post('partners?mapping=a*b');
    expect(fields(badName)).toEqual(['query.mapping']);
  });

  it('a bad file is 400 naming its line; a bad name is 400 naming it', async () => {
    const syntax = await owner.put(url, { yaml: 'kind: mapping\nentity: partners\ncolumns: [\n' });
    expect(syntax.statusCode).toBe(400);
    expect(syntax.data.issues[0]).toMatchObject({ field: 'yaml', line: expect.any(Number) });
    const invalid = await owner.put(url, { yaml: yaml.replace('entity: partners', 'entity: accounts') });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.data.issues).toEqual([
      expect.objectContaining({ field: 'yaml', line: 2, path: 'entity' }),
    ]);
    for (const bad of ['a*b', 'x'.repeat(81), ' padded']) {
      const res = await owner.put(`${V1}/mappings/${encodeURIComponent(bad)}`, { yaml });
      expect(res.statusCode, bad).toBe(400);
      expect(fields(res)).toEqual(['params.name']);
    }
    const missing = await owner.put(url, {});
    expect(fields(missing)).toEqual(['body.yaml']);
    // Nothing of that was saved.
    expect((await owner.get(`${V1}/mappings`)).data.items[0].yaml).toContain('referral');
  });

  it('denials: 403 for roles that may not import; another org neither sees nor uses them', async () => {
    for (const c of [assessor, viewer, partner]) {
      expect((await c.get(`${V1}/mappings`)).statusCode).toBe(403);
      expect((await c.put(url, { yaml })).statusCode).toBe(403);
      expect((await c.delete(url)).statusCode).toBe(403);
    }
    expect((await globex.get(`${V1}/mappings`)).statusCode).toBe(404);
    expect((await globex.delete(url)).statusCode).toBe(404);
    expect((await globex.get(`${G1}/mappings`)).data.items).toEqual([]);
    expect((await globex.delete(`${G1}/mappings/${encodeURIComponent(name)}`)).statusCode).toBe(404);
    const res = await globex.request(
      'POST',
      `${G1}/imports/partners?mapping=${encodeURIComponent(name)}`,
      csv,
      {
        'content-type': 'text/csv',
      },
    );
    expect(res.statusCode).toBe(404);
  });

  it('are deleted (then 404), audited', async () => {
    expect((await owner.delete(url)).statusCode).toBe(204);
    expect((await owner.delete(url)).statusCode).toBe(404);
    expect((await owner.get(`${V1}/mappings`)).data.items).toEqual([]);
    expect((await audit('mapping.delete'))[0]).toMatchObject({ entityId: name, after: null });
  });
});

describe('data coverage', () => {
  it('the ten kinds with rows, date span, the criteria they feed and what readiness reads', async () => {
    const res = await viewer.get(`${V1}/data-coverage`);
    expect(res.statusCode).toBe(200);
    const items = res.data.items;
    expect(items.map((i: { kind: string }) => i.kind)).toEqual([
      'partners',
      'people',
      'opportunities',
      'activities',
      'surveys',
      'meetings',
      'evaluations',
      'evidence',
      'projects',
      'references',
    ]);
    const [rows] = await s.db.query<{ n: number; from: string }>(
      `select count(*)::int as n, min(joined_on)::text as "from" from partners where org_id = 'demo'`,
    );
    expect(items[0]).toMatchObject({
      kind: 'partners',
      rows: rows!.n,
      from: rows!.from,
      readiness: 'every partner score',
    });
    expect(items[0].feeds).toEqual(expect.arrayContaining([expect.stringMatching(/\./)]));
    const byKind = Object.fromEntries(items.map((i: { kind: string }) => [i.kind, i]));
    expect(byKind.surveys.feeds.length).toBeGreaterThan(0);
    expect(byKind.surveys.readiness).toBe('');
    expect(byKind.evidence).toMatchObject({ from: null, to: null, feeds: [] });
    expect(byKind.references.readiness).toContain('tier gates');
    for (const i of items) expect(i.rows).toBeGreaterThan(0);
    // The same as the report's own data-coverage section.
    const report = (await owner.get(`${V1}/assessments/latest/report`)).data;
    expect(report.dataCoverage.map((k: { kind: string; feeds: string[] }) => [k.kind, k.feeds])).toEqual(
      items.map((k: { kind: string; feeds: string[] }) => [k.kind, k.feeds]),
    );
  });

  it('denials: 403 for partner users, 404 for another org', async () => {
    expect((await partner.get(`${V1}/data-coverage`)).statusCode).toBe(403);
    expect((await globex.get(`${V1}/data-coverage`)).statusCode).toBe(404);
    expect((await globex.get(`${G1}/data-coverage`)).data.items[0]).toMatchObject({
      kind: 'partners',
      rows: 0,
    });
  });
});
