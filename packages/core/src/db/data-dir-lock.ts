/**
 * One writer per embedded database. PGlite keeps the whole database in one process's memory and
 * writes it back to its data directory; a second process on the same directory would lose writes
 * silently. Whoever opens the directory holds `trellis.lock` in it (created exclusively) until it
 * closes; anyone else fails at once with a message naming the holder. A lock whose process is gone
 * (same host) is stale and taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../errors.ts';

export interface LockHolder {
  pid: number;
  host: string;
  /** What holds it: "trellis serve", "trellis import" … */
  command: string;
  startedAt: string;
  /** The server's address, once it listens. */
  url?: string;
}

export interface DataDirLock {
  readonly file: string;
  /** Records more about the holder (the server's URL once it listens). */
  update(info: Partial<LockHolder>): void;
  release(): void;
}

const LOCK_FILE = 'trellis.lock';

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const readHolder = (file: string): LockHolder | undefined => {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
};

const describe = (dir: string, h: LockHolder): AppError => {
  const reach = h.url
    ? ` Use the running server instead (${h.url}, API docs at ${h.url}/api/docs), or stop it first.`
    : ' Wait for it to finish, or stop it first.';
  return new AppError(
    'LOCKED',
    `The database in ${dir} is in use by ${h.command} (pid ${h.pid} on ${h.host}, since ${h.startedAt}); an embedded database has one writer at a time.${reach}`,
  );
};

const tryCreate = (file: string, holder: LockHolder): boolean => {
  try {
    const fd = openSync(file, 'wx');
    writeFileSync(fd, JSON.stringify(holder));
    closeSync(fd);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
};

export const acquireDataDirLock = (dir: string, command: string, now = new Date()): DataDirLock => {
  const file = join(dir, LOCK_FILE);
  let holder: LockHolder = { pid: process.pid, host: hostname(), command, startedAt: now.toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    if (tryCreate(file, holder)) {
      let held = true;
      return {
        file,
        update(info) {
          holder = { ...holder, ...info };
          if (held) writeFileSync(file, JSON.stringify(holder));
        },
        release() {
          if (!held) return;
          held = false;
          const current = readHolder(file);
          if (current?.pid === process.pid) rmSync(file, { force: true });
        },
      };
    }
    const other = readHolder(file);
    // Unreadable (being written this instant) or held by a live process: not ours to take.
    if (!other) throw describe(dir, { pid: 0, host: '?', command: 'another process', startedAt: 'now' });
    if (other.host !== holder.host || alive(other.pid)) throw describe(dir, other);
    rmSync(file, { force: true }); // stale: its process is gone
  }
  throw new AppError('LOCKED', `The database in ${dir} is being opened by another process; try again.`);
};
