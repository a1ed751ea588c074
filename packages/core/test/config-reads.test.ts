/**
 * Configuration is read in one place: nothing under apps/*\/src or packages/*\/src but
 * packages/core/src/config.ts touches process.env, so every variable is validated (an error names
 * it) and listed where README's "Configuration" is kept.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sources(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });

describe('configuration', () => {
  it('is read from the environment in packages/core/src/config.ts only', () => {
    const files = ['apps', 'packages'].flatMap((top) =>
      readdirSync(join(ROOT, top)).flatMap((pkg) => {
        const src = join(ROOT, top, pkg, 'src');
        try {
          return sources(src);
        } catch {
          return [];
        }
      }),
    );
    expect(files.length).toBeGreaterThan(300);
    const readers = files
      .filter((f) => /process\.env|import\.meta\.env/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(readers).toEqual(['packages/core/src/config.ts']);
  });
});
