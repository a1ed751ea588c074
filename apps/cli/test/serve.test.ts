/**
 * `trellis serve` as a real process: it holds the embedded database's data directory, so another
 * CLI process on it fails at once naming the holder and its URL; it stops gracefully on SIGTERM,
 * after which the directory is free again.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI } from './support/cli.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'trellis-serve-'));
const env = {
  ...process.env,
  TRELLIS_DATA_DIR: dataDir,
  TRELLIS_ORG: 'locktest',
  DATABASE_URL: '',
} as NodeJS.ProcessEnv;
delete env.DATABASE_URL;

const run = (args: string[]) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const p = spawn('node', [CLI, ...args], { env });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => {
      stdout += d;
    });
    p.stderr.on('data', (d) => {
      stderr += d;
    });
    p.on('close', (code) => resolve({ code, stdout, stderr }));
  });

let server: ChildProcess | undefined;
afterAll(() => {
  server?.kill('SIGKILL');
});

describe('trellis serve', () => {
  it('holds the data directory: another process fails at once, naming it; SIGTERM frees it', async () => {
    server = spawn('node', [CLI, 'serve', '--port', '0'], { env });
    let out = '';
    let err = '';
    server.stderr!.on('data', (d) => {
      err += d;
    });
    const url = await new Promise<string>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`server did not start: ${out} ${err}`)), 50_000);
      server!.stdout!.on('data', (d) => {
        out += d;
        const m = /serving (http:\/\/\S+)/.exec(out);
        if (m) {
          clearTimeout(t);
          resolve(m[1]!);
        }
      });
    });
    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(200);
    expect(out).toContain('/api/docs');
    // A fresh database offers the first-run setup.
    expect(out).toContain('first run: no account yet');
    expect(await (await fetch(`${url}/api/v1/setup`)).json()).toEqual({ needed: true });

    const csv = join(dataDir, '..', `p-${process.pid}.csv`);
    writeFileSync(csv, 'external_id,name,type,joined_on,lifecycle\nP-1,One,channel,2026-01-01,active\n');
    const started = Date.now();
    const blocked = await run(['import', 'partners', csv]);
    expect(blocked.code).toBe(8);
    expect(blocked.stderr).toContain(
      `The database in ${dataDir} is in use by trellis serve (pid ${server.pid}`,
    );
    expect(blocked.stderr).toContain(`Use the running server instead (${url}`);
    expect(Date.now() - started).toBeLessThan(20_000);

    // A graceful stop: the process exits 0 and the JSON log says why.
    const exited = new Promise<number | null>((resolve) => server!.on('exit', (code) => resolve(code)));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(err).toContain('"signal":"SIGTERM"');
    server = undefined;

    const after = await run(['import', 'partners', csv]);
    expect(after.code).toBe(0);
    expect(after.stdout).toContain('1 inserted');
  });
});
