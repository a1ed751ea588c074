/**
 * Checks an output directory before anything is computed or stored: it is created if absent, must be
 * a directory, must be writable (a probe file is written and removed), and may not be one of the
 * kernel's pseudo file systems (where a write can hang or mean something else entirely).
 */
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppError } from '@trellis/core';

const PSEUDO = ['/proc', '/sys', '/dev'];

export const prepareOutDir = (dir: string, option = '--out'): string => {
  const abs = resolve(dir);
  const refuse = (reason: string) =>
    new AppError('INVALID_INPUT', `${option} ${dir}: ${reason}`, [{ path: option, reason }]);
  if (PSEUDO.some((p) => abs === p || abs.startsWith(`${p}/`))) throw refuse('not a place for reports');
  const info = statSync(abs, { throwIfNoEntry: false });
  if (info && !info.isDirectory()) throw refuse('is a file, not a directory');
  try {
    mkdirSync(abs, { recursive: true });
    const probe = join(abs, `.trellis-write-test-${process.pid}`);
    writeFileSync(probe, '');
    rmSync(probe);
  } catch (e) {
    throw refuse(`cannot be written (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return abs;
};
