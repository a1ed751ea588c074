/**
 * What @trellis/core exports is what the doors may use: use-cases, errors, configuration, the
 * adapters. Its queries stay inside (ARCHITECTURE.md): following every re-export from src/index.ts
 * never reaches a file under db/queries/.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../src');

/** Every module the public index re-exports, directly or through another index. */
const reExported = (file: string, seen = new Set<string>()): Set<string> => {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(/^export[^;]*?from '(\.[^']+)';/gms))
    reExported(resolve(dirname(file), spec!), seen);
  return seen;
};

describe('the public surface of @trellis/core', () => {
  const modules = [...reExported(resolve(SRC, 'index.ts'))].map((f) => relative(SRC, f));

  it('re-exports the use-cases', () => {
    expect(modules).toContain('app/records/list-records.ts');
    expect(modules).toContain('app/jobs/enqueue-job.ts');
  });

  it('re-exports nothing of db/queries', () => {
    expect(modules.filter((m) => m.startsWith('db/queries/'))).toEqual([]);
  });
});
