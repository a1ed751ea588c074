/**
 * The domain is pure: it imports only itself and the pure contracts package (no I/O, no db, no
 * HTTP), reads no clock and draws nothing at random but from a seeded source passed in — in its top
 * folder and in every subfolder (calibration/, audits/, random/, …).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DOMAIN = import.meta.dirname;

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')
        ? [join(dir, e.name)]
        : [],
  );

describe('src/domain', () => {
  it('imports nothing outside the domain but @trellis/contracts, no node: module, no clock, no Math.random', () => {
    const files = sources(DOMAIN);
    expect(files.length).toBeGreaterThan(20);
    expect(files.some((f) => relative(DOMAIN, f).includes('/'))).toBe(true);
    for (const file of files) {
      const f = relative(DOMAIN, file);
      const text = readFileSync(file, 'utf8');
      for (const [, s] of text.matchAll(/from '([^']+)'/g)) {
        const inside = s!.startsWith('.') && !relative(DOMAIN, resolve(dirname(file), s!)).startsWith('..');
        expect(s === '@trellis/contracts' || inside, `${f}: ${s}`).toBe(true);
      }
      expect(text, f).not.toMatch(/Date\.now\(|new Date\(\)|Math\.random\(/);
    }
  });
});
