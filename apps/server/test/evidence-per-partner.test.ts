/**
 * Evidence files are stored per partner (issue 16, point 8): the same bytes uploaded for two
 * partners are two files, each partner sees only its own, an upload never hints that another
 * partner holds the bytes (it used to answer 409), and deleting one partner's file leaves the
 * other's downloadable — the shared bytes go only with the last record naming them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadEvidence } from './support/evidence-upload.ts';
import { type Client, startTestServer, type TestServer } from './support/test-server.ts';

let s: TestServer;
let owner: Client;
let partnerA: Client;
let partnerB: Client;
const people: Record<string, string> = {};
const V1 = '/api/v1/orgs/demo';
const PDF = Buffer.from('%PDF-1.7\n% the same joint plan, held by two partners\n');

const upload = (client: Client, person: string, name: string) =>
  uploadEvidence(client, person, { name, type: 'application/pdf', bytes: PDF });
const fileUrl = (partner: string, sha: string) => `${V1}/partners/${partner}/evidence-files/${sha}`;
const partnersListed = async (client: Client, sha: string) =>
  (await client.get(`${V1}/evidence-files?limit=100`)).data.items
    .filter((f: { sha256: string }) => f.sha256 === sha)
    .map((f: { partner: string }) => f.partner)
    .sort();

beforeAll(async () => {
  s = await startTestServer();
  owner = await s.signIn('owner@demo.trellis.test');
  partnerA = await s.tokenClient('partner', 'demo', 'P-A');
  partnerB = await s.tokenClient('partner', 'demo', 'P-B');
  for (const p of ['P-A', 'P-B'])
    people[p] = (await owner.get(`${V1}/people?partner_external_id=${p}&limit=1`)).data.items[0].external_id;
});
afterAll(() => s?.close());

describe('evidence files, stored per partner', () => {
  let sha = '';

  it('the same bytes are stored for partner A and for partner B, and B learns nothing of A', async () => {
    // A's file is uploaded by staff, so that its uploader differs from B's.
    const a = await upload(owner, people['P-A']!, 'plan-a.pdf');
    expect(a.statusCode, a.body).toBe(201);
    expect(a.data).toMatchObject({ partner: 'P-A', person: people['P-A'], filename: 'plan-a.pdf' });
    sha = a.data.sha256;
    const b = await upload(partnerB, people['P-B']!, 'plan-b.pdf');
    expect(b.statusCode, b.body).toBe(201);
    expect(b.data).toMatchObject({
      sha256: sha,
      partner: 'P-B',
      person: people['P-B'],
      filename: 'plan-b.pdf',
    });
    // B's answer is B's own record: nothing of A's (partner, person, name, uploader).
    expect(a.data.uploadedBy).toBe('owner@demo.trellis.test');
    for (const hint of ['P-A', people['P-A']!, 'plan-a.pdf', a.data.uploadedBy])
      expect(b.body).not.toContain(hint);
    const again = await upload(partnerB, people['P-B']!, 'renamed.pdf');
    expect(again.statusCode).toBe(201);
    expect(again.data).toEqual(b.data);
  });

  it('each partner sees and downloads only its own; staff see both', async () => {
    expect(await partnersListed(partnerA, sha)).toEqual(['P-A']);
    expect(await partnersListed(partnerB, sha)).toEqual(['P-B']);
    expect(await partnersListed(owner, sha)).toEqual(['P-A', 'P-B']);
    const own = await partnerA.get(fileUrl('P-A', sha));
    expect(own.statusCode).toBe(200);
    expect(own.rawPayload.equals(PDF)).toBe(true);
    expect(own.headers['content-disposition']).toMatch(/filename="plan-a.pdf"/);
    expect((await partnerA.get(fileUrl('P-B', sha))).statusCode).toBe(404);
    expect((await partnerB.get(fileUrl('P-A', sha))).statusCode).toBe(404);
    expect((await owner.get(fileUrl('P-B', sha))).headers['content-disposition']).toMatch(
      /filename="plan-b.pdf"/,
    );
  });

  it('partner users may not delete; staff delete one partner’s file and the other’s stays', async () => {
    expect((await partnerA.request('DELETE', fileUrl('P-A', sha))).statusCode).toBe(403);
    const del = await owner.request('DELETE', fileUrl('P-A', sha));
    expect(del.statusCode, del.body).toBe(204);
    expect((await owner.get(fileUrl('P-A', sha))).statusCode).toBe(404);
    expect((await owner.request('DELETE', fileUrl('P-A', sha))).statusCode).toBe(404);
    expect(await partnersListed(partnerA, sha)).toEqual([]);
    const theirs = await partnerB.get(fileUrl('P-B', sha));
    expect(theirs.statusCode).toBe(200);
    expect(theirs.rawPayload.equals(PDF)).toBe(true);
    const log = (await owner.get(`${V1}/audit?action=evidence-file.delete&limit=10`)).data.items;
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ entityId: sha, before: { partner: 'P-A', sha256: sha } });
  });

  it('the bytes go with the last record naming them, and come back with the next upload', async () => {
    expect(s.server.evidence.path('demo', sha)).toBeDefined();
    expect((await owner.request('DELETE', fileUrl('P-B', sha))).statusCode).toBe(204);
    expect(s.server.evidence.path('demo', sha)).toBeUndefined();
    const back = await upload(partnerA, people['P-A']!, 'plan-a.pdf');
    expect(back.statusCode).toBe(201);
    expect((await partnerA.get(fileUrl('P-A', sha))).rawPayload.equals(PDF)).toBe(true);
  });

  it('a sha256 that is not one answers 404 for download and delete', async () => {
    expect((await owner.get(fileUrl('P-A', 'not-a-sha'))).statusCode).toBe(404);
    expect((await owner.request('DELETE', fileUrl('P-A', 'not-a-sha'))).statusCode).toBe(404);
  });
});
