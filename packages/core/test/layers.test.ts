/**
 * The house flows one way: inside @trellis/core a layer imports only layers below it (lowest first
 * here). A layer on one line may not import another on the same line unless it is itself
 * (they are peers that know nothing of each other).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backArrows, importArrows, topLayer } from './support/import-graph.ts';

const SRC = join(import.meta.dirname, '../src');

/** The SQL client interface is the bottom of the database layer: importers speak it too. */
const layerOf = (path: string) => (path === 'db/sql-client.ts' ? 'sql-client' : topLayer(path));

const ORDER = [
  ['domain'],
  ['errors'],
  ['config', 'slots', 'actor', 'read-text-file', 'sql-client'],
  ['frameworks'],
  ['briefs'],
  ['importers'],
  ['db'],
  ['reports'],
  ['documents'],
  ['files'],
  ['app'],
  ['index'],
];

describe('@trellis/core layers', () => {
  it('no import runs from a lower layer to a higher one (or between peers)', () => {
    const arrows = importArrows(SRC, layerOf);
    expect(arrows.length).toBeGreaterThan(300);
    const peers = ORDER.flatMap((line) =>
      arrows.filter((a) => a.from !== a.to && line.includes(a.from) && line.includes(a.to)),
    );
    expect([...backArrows(arrows, ORDER), ...peers.map((a) => `${a.from} ↔ ${a.to}: ${a.where}`)]).toEqual(
      [],
    );
  });
});
