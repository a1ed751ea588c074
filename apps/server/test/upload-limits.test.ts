/**
 * Uploads cannot take the server down (issue "Hardening", defect 1): a workbook whose shared
 * strings unpack to hundreds of MB is refused with 413 naming the part — by inference and by import,
 * seven at once — and the process stays up and small; uploads are read a few at a time, the rest
 * wait their turn, and past a queue of four times the slots the server answers 503 with Retry-After.
 */
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WORKBOOK_LIMITS } from '@trellis/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  inflatingStrings,
  partnersWorkbook,
  stringRow,
  workbookParts,
  zipFile,
} from '../../../packages/core/test/support/zip-file.ts';
import { type Client, startTestServer, type TestServer } from './support/test-server.ts';

const V1 = '/api/v1/orgs/demo';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A few hundred KB of zip whose shared strings unpack past the limit (~130 MB). */
const bomb = () =>
  zipFile(workbookParts(stringRow(1, [0, 0]), inflatingStrings(WORKBOOK_LIMITS.maxCachedPartBytes + 4096)));

describe('workbook bombs', () => {
  let s: TestServer;
  let manager: Client;
  let bytes: Buffer;
  beforeAll(async () => {
    s = await startTestServer();
    manager = await s.tokenClient('program_manager');
    bytes = bomb();
  });
  afterAll(() => s?.close());

  it('seven at once to inference: each a 413 naming the part, the server up, its heap small', async () => {
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const heapBefore = process.memoryUsage().heapUsed;
    const answers = await Promise.all(
      Array.from({ length: 7 }, () =>
        manager.request('POST', `${V1}/imports/infer`, bytes, {
          'content-type': XLSX,
          'x-filename': 'bomb.xlsx',
        }),
      ),
    );
    for (const res of answers) {
      expect(res.statusCode, res.body).toBe(413);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.data.issues[0]).toMatchObject({
        file: 'bomb.xlsx',
        reason: 'part xl/sharedStrings.xml unpacks to more than 128 MB',
      });
    }
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(256 * 1024 * 1024);
    expect((await s.anonymous.get('/api/health')).statusCode).toBe(200);
  });

  it('an import is refused before it is queued: 413, no job', async () => {
    const before = (await manager.get(`${V1}/jobs`)).data.total;
    const res = await manager.request('POST', `${V1}/imports/partners`, bytes, {
      'content-type': XLSX,
      'x-filename': 'partners.xlsx',
    });
    expect(res.statusCode, res.body).toBe(413);
    expect(res.data.code).toBe('TOO_LARGE');
    expect((await manager.get(`${V1}/jobs`)).data.total).toBe(before);
  });

  it('a plain workbook still imports', async () => {
    const plain = partnersWorkbook();
    const res = await manager.request('POST', `${V1}/imports/partners`, plain, {
      'content-type': XLSX,
      'x-filename': 'partners.xlsx',
    });
    expect(res.statusCode, res.body).toBe(202);
    const job = await s.waitForJob(manager, 'demo', res.data.id);
    expect(job.status, JSON.stringify(job)).toBe('done');
  });
});

describe('uploads wait for a slot', () => {
  let s: TestServer;
  let base: string;
  let token: string;
  beforeAll(async () => {
    s = await startTestServer({ env: { TRELLIS_UPLOAD_CONCURRENCY: '1' } });
    const owner = await s.signIn('owner@demo.trellis.test');
    token = (await owner.post(`${V1}/api-tokens`, { name: 'uploads', role: 'program_manager' })).data.token;
    await s.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(s.app.server.address() as AddressInfo).port}`;
  });
  afterAll(() => s?.close());

  const csv = 'Account ID,Account Name,Partner Type\n001A,Acme,Reseller\n';

  /** Starts an upload whose body is sent only when `finish` is called. */
  const upload = (body: string) => {
    let finish = () => {};
    const answer = new Promise<{ status: number; retryAfter?: string; body: string }>((resolve, reject) => {
      const req = httpRequest(
        `${base}${V1}/imports/infer`,
        {
          method: 'POST',
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'text/csv',
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          let text = '';
          res.on('data', (c) => {
            text += c;
          });
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              retryAfter: res.headers['retry-after'] as string,
              body: text,
            }),
          );
        },
      );
      req.on('error', reject);
      req.flushHeaders();
      finish = () => req.end(body);
    });
    return { answer, finish: () => finish() };
  };

  const until = async (check: () => boolean) => {
    for (let i = 0; i < 400 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
    expect(check()).toBe(true);
  };

  it('one is read, four wait, the next is told to come back; then all that waited are answered', async () => {
    const first = upload(csv);
    await until(() => s.server.uploads.active === 1);
    const waiting = Array.from({ length: 4 }, () => upload(csv));
    for (const w of waiting) w.finish();
    await until(() => s.server.uploads.queued === 4);
    const refused = upload(csv);
    refused.finish();
    const answer = await refused.answer;
    expect(answer.status, answer.body).toBe(503);
    expect(answer.retryAfter).toBe('30');
    expect(JSON.parse(answer.body).title).toBe('Not available here');
    first.finish();
    const all = await Promise.all([first.answer, ...waiting.map((w) => w.answer)]);
    expect(all.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    await until(() => s.server.uploads.active === 0 && s.server.uploads.queued === 0);
  });

  it('a client that leaves while its upload waits frees its place', async () => {
    const first = upload(csv);
    await until(() => s.server.uploads.active === 1);
    const req = httpRequest(`${base}${V1}/imports/infer`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv', 'content-length': 10 },
    });
    req.on('error', () => {});
    req.flushHeaders();
    await until(() => s.server.uploads.queued === 1);
    req.destroy();
    first.finish();
    expect((await first.answer).status).toBe(200);
    await until(() => s.server.uploads.active === 0 && s.server.uploads.queued === 0);
  });
});
