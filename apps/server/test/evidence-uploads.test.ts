/**
 * Evidence uploads stream into the evidence store (as import uploads do): the bytes are received
 * into a temporary file with their sha256, checked there (signature, UTF-8 chunk by chunk), and
 * either kept under their sha256 or removed — a refused upload leaves nothing behind.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadEvidence } from './support/evidence-upload.ts';
import { type Client, startTestServer, type TestServer } from './support/test-server.ts';

let s: TestServer;
let owner: Client;
let person = '';
const V1 = '/api/v1/orgs/demo';

/** Every file under the evidence store, temporary ones included. */
const storeFiles = (): string[] => {
  const dir = join(s.server.config.TRELLIS_DATA_DIR, 'evidence');
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
      /[0-9a-f]{64}|\.tmp$/.test(f),
    );
  } catch {
    return [];
  }
};

beforeAll(async () => {
  s = await startTestServer();
  owner = await s.signIn('owner@demo.trellis.test');
  person = (await owner.get(`${V1}/people?partner_external_id=P-A&limit=1`)).data.items[0].external_id;
});
afterAll(() => s?.close());

describe('evidence uploads, streamed into the store', () => {
  it('refused uploads leave no file in the store', async () => {
    const before = storeFiles();
    const refused = [
      // bytes that are not what the declared type says
      await uploadEvidence(owner, person, {
        name: 'a.pdf',
        type: 'application/pdf',
        bytes: Buffer.from('no pdf'),
      }),
      // a type that is not accepted
      await uploadEvidence(owner, person, {
        name: 'a.exe',
        type: 'application/x-msdownload',
        bytes: Buffer.from('MZ'),
      }),
      // an unknown person
      await uploadEvidence(owner, 'nobody', {
        name: 'a.pdf',
        type: 'application/pdf',
        bytes: Buffer.from('%PDF-1.7'),
      }),
      // empty
      await uploadEvidence(owner, person, { name: 'a.txt', type: 'text/plain', bytes: Buffer.alloc(0) }),
      // larger than TRELLIS_MAX_EVIDENCE_MB (1 in the test server)
      await uploadEvidence(owner, person, {
        name: 'big.pdf',
        type: 'application/pdf',
        bytes: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(1024 * 1024 + 1, 0x20)]),
      }),
    ];
    expect(refused.map((r) => r.statusCode)).toEqual([415, 415, 404, 400, 413]);
    expect(storeFiles()).toEqual(before);
  });

  it('a person left out of the form is a 400 naming the field, and nothing is kept', async () => {
    const before = storeFiles();
    const b = 'x-boundary';
    const r = await owner.request(
      'POST',
      `${V1}/evidence-files`,
      Buffer.from(
        `--${b}\r\ncontent-disposition: form-data; name="file"; filename="a.pdf"\r\ncontent-type: application/pdf\r\n\r\n%PDF-1.7\r\n--${b}--\r\n`,
      ),
      { 'content-type': `multipart/form-data; boundary=${b}` },
    );
    expect(r.statusCode).toBe(400);
    expect(r.data.issues).toEqual([{ field: 'person', reason: 'required' }]);
    expect(storeFiles()).toEqual(before);
  });

  it('reads text chunk by chunk: a character split across two chunks is UTF-8, a cut-off one is not', async () => {
    // The file stream reads 64 KiB at a time: "é" (2 bytes) straddles the first boundary.
    const text = Buffer.concat([Buffer.alloc(65_535, 0x61), Buffer.from('é notes\n')]);
    const ok = await uploadEvidence(owner, person, { name: 'notes.md', type: 'text/markdown', bytes: text });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.data.size).toBe(text.length);
    const back = await owner.get(`${V1}/partners/P-A/evidence-files/${ok.data.sha256}`);
    expect(Buffer.from(back.body).equals(text)).toBe(true);
    expect(storeFiles().filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const cut = Buffer.concat([Buffer.alloc(70_000, 0x61), Buffer.from([0xc3])]);
    const bad = await uploadEvidence(owner, person, { name: 'cut.txt', type: 'text/plain', bytes: cut });
    expect(bad.statusCode).toBe(415);
    const nul = await uploadEvidence(owner, person, {
      name: 'nul.txt',
      type: 'text/plain',
      bytes: Buffer.concat([Buffer.alloc(70_000, 0x61), Buffer.from([0])]),
    });
    expect(nul.statusCode).toBe(415);
  });
});
