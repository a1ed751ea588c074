/** The browser bundle may import this package: no Node built-ins, nothing but zod and itself. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')
        ? [join(dir, e.name)]
        : [],
  );

describe('@trellis/contracts', () => {
  it('imports only zod and its own files', () => {
    const files = sources(import.meta.dirname);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const specifiers = [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      for (const s of specifiers) expect(s === 'zod' || s.startsWith('.'), `${file}: ${s}`).toBe(true);
    }
  });
});
