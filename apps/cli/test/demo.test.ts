/** The main job: `trellis demo` end to end through the real CLI, twice, byte for byte. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { jsonSchemas, programReportSchema } from '@trellis/contracts';
import { describe, expect, it } from 'vitest';
import { CLI } from './support/cli.ts';

const run = promisify(execFile);

const demo = async (...args: string[]) => {
  const out = mkdtempSync(join(tmpdir(), 'trellis-demo-'));
  const { stdout, stderr } = await run('node', [CLI, 'demo', '--out', out, ...args]);
  const read = (f: string) => readFileSync(join(out, f), 'utf8');
  return { stdout, stderr, md: read('program-report.md'), json: read('program-report.json') };
};

describe('trellis demo', () => {
  it('writes the six deliverables in the seed’s order, prints the executive summary, and is byte-identical on a rerun', async () => {
    const [a, b] = await Promise.all([demo(), demo()]);
    expect(a.md).toBe(b.md);
    expect(a.json).toBe(b.json);
    expect(a.stdout).toContain('Overall maturity: 2.8 (Developing)');
    expect(a.stdout).toContain('$8M partner-sourced revenue (20% of total); 10 active partners; 15 inactive');
    expect(a.stdout).toContain('Partner health: 10 engaged, 11 passive, 1 at-risk, 3 dormant');
    const headings = a.md.split('\n').filter((l) => /^## \d\) /.test(l));
    // The document `trellis report` writes: the summary first, the brief with the sources at the end.
    expect(a.md.startsWith('# How mature is our partner program?\n')).toBe(true);
    expect(a.md.indexOf('**The brief: what data cannot tell**')).toBeGreaterThan(a.md.indexOf('## Appendix'));
    expect(headings).toEqual([
      '## 1) Executive summary',
      '## 2) Dimension scorecard: which dimensions hold the program back?',
      '## 3) Partner portfolio map: where are our partners, and how healthy are they?',
      '## 4) Enablement gap analysis: where does enablement fall short?',
      '## 5) Performance dashboard: how is each partner performing?',
      '## 6) 30/60/90-day partnership plan: what do we do in the next 90 days?',
    ]);
    const report = programReportSchema.parse(JSON.parse(a.json));
    expect(report.scorecard).toHaveLength(6);
    expect(report.summary.overall.score).toBe(2.8);
    expect(report.performance.partners[0]).toEqual(
      expect.objectContaining({
        name: 'Partner A',
        pipeline: 800_000,
        revenue: 2_500_000,
        deals: 12,
        timeToFirstDealDays: 150,
      }),
    );
  }, 120_000);

  it('--as-of recomputes for another date and ignores later records', async () => {
    const { json } = await demo('--as-of', '2026-03-31');
    const r = programReportSchema.parse(JSON.parse(json));
    expect(r.asOf).toBe('2026-03-31');
    expect(r.period.start).toBe('2025-03-31');
    // The two launching technology partners joined in June 2026: not partners yet on 31 March.
    expect(r.summary.valueRealized.partners).toBe(23);
    expect(r.summary.valueRealized.partnerSourcedRevenue).toBeLessThan(8_000_000);
  }, 120_000);

  it('rejects a malformed --as-of with a clear message and a non-zero exit', async () => {
    const err = await run('node', [CLI, 'demo', '--out', tmpdir(), '--as-of', '2026-02-30']).catch((e) => e);
    expect(err.code).not.toBe(0);
    expect(err.stderr).toContain("'2026-02-30' is not a date YYYY-MM-DD");
  });
});

describe('schemas/*.schema.json', () => {
  it('are the JSON Schemas generated from the zod contracts (run npm run schema:generate after changing one)', () => {
    for (const [name, text] of Object.entries(jsonSchemas())) {
      const shipped = readFileSync(join(import.meta.dirname, '../../../schemas', name), 'utf8');
      expect(shipped, name).toBe(text);
    }
    const program = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../../schemas/program-report.schema.json'), 'utf8'),
    );
    expect(program.required).toEqual(
      expect.arrayContaining(['summary', 'scorecard', 'portfolio', 'enablement', 'performance', 'plan']),
    );
  });
});
