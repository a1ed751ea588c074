/**
 * An import's upload streams into the store's import area (issue 17): past TRELLIS_MAX_IMPORT_MB
 * it is a 413 that leaves no file behind, the job row names the file by sha256 and holds no bytes,
 * the worker imports from the file, and the file is gone once the job has ended. Inference reads
 * its upload the same way and keeps nothing.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestServer, type TestServer } from './support/test-server.ts';

const V1 = '/api/v1/orgs/demo';
const HEADER = 'external_id,name,type,joined_on,lifecycle\n';

let s: TestServer;
let manager: Client;
beforeAll(async () => {
  s = await startTestServer({ env: { TRELLIS_MAX_IMPORT_MB: '1' } });
  manager = await s.tokenClient('program_manager');
});
afterAll(() => s?.close());

/** Every file under the import area, temporary ones included. */
const importFiles = (): string[] =>
  (
    readdirSync(join(s.server.config.TRELLIS_DATA_DIR, 'imports'), {
      recursive: true,
      withFileTypes: true,
    }) as { isFile(): boolean; name: string }[]
  )
    .filter((e) => e.isFile())
    .map((e) => e.name);

/** A canonical partners CSV of about `bytes` bytes. */
const partnersCsv = (prefix: string, bytes: number): string => {
  const rows = Array.from(
    { length: Math.ceil(bytes / 50) },
    (_, i) => `${prefix}-${i},Partner ${i},channel,2026-01-01,active`,
  );
  return `${HEADER}${rows.join('\n')}\n`;
};

const multipart = (csv: string) => {
  const b = 'trellis-import-upload';
  return {
    body: `--${b}\r\ncontent-disposition: form-data; name="file"; filename="big.csv"\r\ncontent-type: text/csv\r\n\r\n${csv}\r\n--${b}--\r\n`,
    type: `multipart/form-data; boundary=${b}`,
  };
};

describe('import uploads stream into the store', () => {
  it('a body past the limit is a 413, and no file is left behind (raw and multipart)', async () => {
    const big = partnersCsv('BIG', 1.5 * 1024 * 1024);
    const before = (await manager.get(`${V1}/jobs`)).data.total;
    const raw = await manager.request('POST', `${V1}/imports/partners`, big, { 'content-type': 'text/csv' });
    expect(raw.statusCode, raw.body).toBe(413);
    expect(raw.data.code).toBe('TOO_LARGE');
    const form = multipart(big);
    const parts = await manager.request('POST', `${V1}/imports/partners`, form.body, {
      'content-type': form.type,
    });
    expect(parts.statusCode, parts.body).toBe(413);
    // Without a Content-Length to refuse it by, the stream is cut at the limit.
    const chunked = await manager.request('POST', `${V1}/imports/partners`, big, {
      'content-type': 'text/csv',
      'transfer-encoding': 'chunked',
    });
    expect(chunked.statusCode, chunked.body).toBe(413);
    expect(importFiles()).toEqual([]);
    expect((await manager.get(`${V1}/jobs`)).data.total).toBe(before);
  });

  it('a refused plan (an unknown preset) leaves no file behind either', async () => {
    const res = await manager.request(
      'POST',
      `${V1}/imports/partners?preset=no-such`,
      partnersCsv('NP', 100),
      {
        'content-type': 'text/csv',
      },
    );
    expect(res.statusCode, res.body).toBe(404);
    expect(importFiles()).toEqual([]);
  });

  it('the job names its file by sha256 and holds no bytes; the worker imports it; the file goes', async () => {
    const csv = partnersCsv('UP', 200_000);
    const res = await manager.request('POST', `${V1}/imports/partners`, csv, {
      'content-type': 'text/csv',
      'x-filename': 'partners.csv',
    });
    expect(res.statusCode, res.body).toBe(202);
    const columns = await s.db.query<{ column_name: string }>(
      `select column_name from information_schema.columns where table_name = 'jobs'`,
    );
    expect(columns.map((c) => c.column_name)).not.toContain('input');
    const [row] = await s.db.query<{ sha: string; payload: Record<string, unknown> }>(
      'select input_sha256 as sha, payload from jobs where id = $1',
      [res.data.id],
    );
    expect(row!.sha).toBe(createHash('sha256').update(csv).digest('hex'));
    expect(row!.payload).toMatchObject({ filename: 'partners.csv', size: Buffer.byteLength(csv) });
    const job = await s.waitForJob(manager, 'demo', res.data.id);
    expect(job.status, JSON.stringify(job)).toBe('done');
    expect(job.result.rows).toBe(Math.ceil(200_000 / 50));
    expect((await manager.get(`${V1}/partners/UP-7`)).statusCode).toBe(200);
    expect(importFiles()).toEqual([]);
  });

  it('a failed import releases its file too', async () => {
    const res = await manager.request(
      'POST',
      `${V1}/imports/partners`,
      `${HEADER}BAD-1,Bad,channel,2026-13-01,active\n`,
      {
        'content-type': 'text/csv',
      },
    );
    expect(res.statusCode, res.body).toBe(202);
    const job = await s.waitForJob(manager, 'demo', res.data.id);
    expect(job.status).toBe('failed');
    expect(job.error.code).toBe('IMPORT_REJECTED');
    expect(importFiles()).toEqual([]);
  });

  it('inference reads its upload from the store and keeps nothing', async () => {
    const res = await manager.request('POST', `${V1}/imports/infer`, partnersCsv('INF', 500), {
      'content-type': 'text/csv',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.data.mapping.entity).toBe('partners');
    const big = await manager.request('POST', `${V1}/imports/infer`, partnersCsv('INF', 1.5 * 1024 * 1024), {
      'content-type': 'text/csv',
    });
    expect(big.statusCode).toBe(413);
    expect(importFiles()).toEqual([]);
  });
});
