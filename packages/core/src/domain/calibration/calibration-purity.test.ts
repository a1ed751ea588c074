/**
 * The calibration statistics are domain: pure. domain-purity.test.ts reads only the domain's top
 * folder, so this one holds the subfolder to the same rule — imports from itself or the domain's own
 * files, no node: module, no clock, no randomness but the seeded source passed in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('src/domain/calibration', () => {
  it('imports only the domain and @trellis/contracts; no clock, no Math.random', () => {
    const files = readdirSync(import.meta.dirname).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    );
    expect(files.length).toBeGreaterThan(8);
    for (const f of files) {
      const text = readFileSync(join(import.meta.dirname, f), 'utf8');
      for (const [, s] of text.matchAll(/from '([^']+)'/g))
        expect(s === '@trellis/contracts' || /^\.\.?\/[\w-]+\.ts$/.test(s!), `${f}: ${s}`).toBe(true);
      expect(text, f).not.toMatch(/Date\.now\(|new Date\(|Math\.random\(/);
    }
  });
});
