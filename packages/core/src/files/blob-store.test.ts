/**
 * The blob store keeps one area per org: an org's copy is removed without touching another org's,
 * and blobs stored before the split (shared, at the top level) are still read and never removed.
 */
import { existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blobStore, sha256Of } from './blob-store.ts';

const bytes = Buffer.from('the same joint plan');

describe('blob store', () => {
  it('stores per org, and removes only the org’s own copy', () => {
    const store = blobStore(mkdtempSync(join(tmpdir(), 'trellis-blobs-')));
    const sha = store.put('acme', bytes);
    expect(sha).toBe(sha256Of(bytes));
    expect(store.put('globex', bytes)).toBe(sha);
    expect(store.path('acme', sha)).toContain(join('orgs', 'acme'));
    store.remove('acme', sha);
    expect(store.path('acme', sha)).toBeUndefined();
    expect(store.path('globex', sha)).toContain(join('orgs', 'globex'));
  });

  it('reads a blob of the old shared layout for any org, and leaves it on remove', () => {
    const dir = mkdtempSync(join(tmpdir(), 'trellis-blobs-'));
    const sha = sha256Of(bytes);
    mkdirSync(join(dir, sha.slice(0, 2)));
    writeFileSync(join(dir, sha.slice(0, 2), sha), bytes);
    const store = blobStore(dir);
    expect(store.path('acme', sha)).toBe(join(dir, sha.slice(0, 2), sha));
    store.remove('acme', sha);
    expect(store.path('acme', sha)).toBe(join(dir, sha.slice(0, 2), sha));
  });

  it('refuses an org id that is not a slug, and answers nothing for a name that is not a sha256', () => {
    const store = blobStore(mkdtempSync(join(tmpdir(), 'trellis-blobs-')));
    expect(() => store.put('../etc', bytes)).toThrow(/invalid org id/);
    expect(store.path('acme', '../../passwd')).toBeUndefined();
  });

  it('sweeps the temporary files a dead upload left, not a fresh one nor a stored blob', async () => {
    const store = blobStore(mkdtempSync(join(tmpdir(), 'trellis-blobs-')));
    const sha = store.put('acme', bytes);
    const dead = await store.receive('acme', [bytes], 1000);
    const fresh = await store.receive('globex', [bytes], 1000);
    const hourAgo = Date.now() - 3_600_000;
    utimesSync(dead.path, new Date(hourAgo - 1000), new Date(hourAgo - 1000));
    expect(store.sweepTemporary(hourAgo)).toBe(1);
    expect(existsSync(dead.path)).toBe(false);
    expect(existsSync(fresh.path)).toBe(true);
    expect(store.path('acme', sha)).toBeDefined();
    expect(store.sweepTemporary(hourAgo)).toBe(0);
  });
});
