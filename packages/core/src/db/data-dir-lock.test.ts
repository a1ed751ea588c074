import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { acquireDataDirLock } from './data-dir-lock.ts';

const dir = () => mkdtempSync(join(tmpdir(), 'trellis-lock-'));

describe('data directory lock', () => {
  it('one holder at a time; the refusal names the holder and how to reach its server', () => {
    const d = dir();
    const lock = acquireDataDirLock(d, 'trellis serve');
    lock.update({ url: 'http://127.0.0.1:3000' });
    let err: unknown;
    try {
      acquireDataDirLock(d, 'trellis import');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('LOCKED');
    expect((err as AppError).message).toContain(`in use by trellis serve (pid ${process.pid}`);
    expect((err as AppError).message).toContain('http://127.0.0.1:3000/api/docs');
    lock.release();
    acquireDataDirLock(d, 'trellis import').release();
  });

  it('a lock left by a process that is gone is taken over', () => {
    const d = dir();
    const file = join(d, 'trellis.lock');
    writeFileSync(
      file,
      JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), command: 'trellis serve', startedAt: 'then' }),
    );
    const lock = acquireDataDirLock(d, 'trellis import');
    expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(process.pid);
    lock.release();
  });
});
