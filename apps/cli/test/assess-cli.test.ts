/** `trellis import` + `trellis assess program` on a persistent database give the demo's report. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLE_DIR, entityNames } from '@trellis/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliWorkspace, cliWorkspace } from './support/cli.ts';

let ws: CliWorkspace;
beforeAll(async () => {
  ws = await cliWorkspace();
});
afterAll(() => ws?.dispose());

describe('trellis assess program', () => {
  it('on imported data writes the same report as the demo, and stores the assessment', async () => {
    for (const entity of entityNames) {
      const r = await ws.run('import', entity, join(EXAMPLE_DIR, `${entity}.csv`));
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(new RegExp(`^${entity} from .*: \\d+ rows — \\d+ inserted`));
    }
    const out = mkdtempSync(join(tmpdir(), 'assess-'));
    // Two quarterly readiness scorings, as the demo does, then the program assessment.
    const previous = await ws.run(
      'score',
      'partners',
      '--as-of',
      '2026-06-30',
      '--out',
      join(out, 'previous'),
    );
    expect(previous.stdout).toContain('Partner readiness as of 2026-06-30: 25 partners');
    const score = await ws.run('score', 'partners', '--as-of', '2026-09-30', '--out', out);
    expect(score.code).toBe(0);
    expect(score.stdout).toContain('1 in grace');
    const r = await ws.run('assess', 'program', '--brief', join(EXAMPLE_DIR, 'brief.yaml'), '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Overall maturity: 2.8 (Developing)');

    const demoOut = mkdtempSync(join(tmpdir(), 'demo-'));
    expect((await ws.run('demo', '--out', demoOut)).code).toBe(0);
    for (const f of [
      'program-report.json',
      'program-report.md',
      'readiness-report.json',
      'readiness-report.md',
    ]) {
      expect(readFileSync(join(out, f), 'utf8')).toBe(readFileSync(join(demoOut, f), 'utf8'));
    }

    const db = await ws.open();
    try {
      const rows = await db.query<{ as_of: string; scores: number; version: string }>(
        `select a.as_of, f.version, (select count(*)::int from assessment_scores s where s.org_id = a.org_id and s.assessment_id = a.id) as scores
         from assessments a join frameworks f on f.org_id = a.org_id and f.sha256 = a.framework_sha256`,
      );
      expect(rows).toEqual([{ as_of: '2026-09-30', version: 'v1', scores: 24 }]);
    } finally {
      await db.close();
    }
  }, 180_000);
});
