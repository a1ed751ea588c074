/**
 * The web app flows one way: api (the server's client) → jobs → components → pages → app (the
 * shell) → main, and no page imports another page (what two pages share lives in components/ or
 * api/). Nothing outside src/ is imported: the published tier policy comes from the API.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backArrows, importArrows, topLayer } from '../../../packages/core/test/support/import-graph.ts';

const SRC = join(import.meta.dirname, '../src');

describe('web app layers', () => {
  it('no import runs from a lower layer to a higher one, or outside src/', () => {
    const arrows = importArrows(SRC);
    expect(arrows.length).toBeGreaterThan(150);
    expect(backArrows(arrows, [['api'], ['jobs'], ['components'], ['pages'], ['app'], ['main']])).toEqual([]);
  });

  it('no page imports another page', () => {
    // Layers inside pages/: one per page folder or file; what lies outside pages/ is not a page.
    const page = (path: string) => (path.startsWith('..') ? 'outside' : topLayer(path));
    const arrows = importArrows(join(SRC, 'pages'), page).filter((a) => a.to !== 'outside');
    expect(arrows.map((a) => `${a.from} → ${a.to}: ${a.where}`)).toEqual([]);
  });
});
