/** The domain is pure: it imports only itself and the pure contracts package (no I/O, no db, no HTTP). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('src/domain', () => {
  it('imports nothing outside the domain but @trellis/contracts, and no node: module', () => {
    const files = readdirSync(import.meta.dirname).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    );
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) {
      const text = readFileSync(join(import.meta.dirname, f), 'utf8');
      for (const [, s] of text.matchAll(/from '([^']+)'/g))
        expect(s === '@trellis/contracts' || /^\.\/[\w-]+\.ts$/.test(s!), `${f}: ${s}`).toBe(true);
      expect(text, f).not.toMatch(/Date\.now\(|new Date\(\)|Math\.random\(/);
    }
  });
});
