/** `trellis import` + `trellis assess program` on a persistent database give the demo's report. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLE_DIR, entityNames } from '@trellis/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliWorkspace, cliWorkspace } from './support/cli.ts';

let ws: CliWorkspace;
/** Where the first test's `score partners` (as of 2026-09-30) and `assess program` wrote their reports. */
let scored: string;
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
    scored = out;
    const score = await ws.run('score', 'partners', '--as-of', '2026-09-30', '--out', out);
    expect(score.code).toBe(0);
    expect(score.stdout).toContain('1 in grace');
    const r = await ws.run('assess', 'program', '--brief', join(EXAMPLE_DIR, 'brief.yaml'), '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Overall maturity: 2.8 (Developing)');

    const demoOut = mkdtempSync(join(tmpdir(), 'demo-'));
    expect((await ws.run('demo', '--out', demoOut)).code).toBe(0);
    // The same data gives the same reports; only the org's name (demo vs this workspace's) differs.
    const sameOrg = (text: string) => text.replace(/^Organisation: [^·]+·/m, 'Organisation: X ·');
    for (const f of [
      'program-report.json',
      'program-report.md',
      'readiness-report.json',
      'readiness-report.md',
    ]) {
      expect(sameOrg(readFileSync(join(out, f), 'utf8'))).toBe(
        sameOrg(readFileSync(join(demoOut, f), 'utf8')),
      );
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

  it('trellis report renders the stored assessment as Markdown, HTML, PDF and JSON; refuses bad input', async () => {
    const out = mkdtempSync(join(tmpdir(), 'report-'));
    const r = await ws.run('report', '--out', out, '--format', 'md,html,pdf,xlsx,json', '--paper', 'A4');
    expect([r.code, r.stderr]).toEqual([0, expect.stringContaining('assessment #1 (draft); wrote')]);
    const assessed = mkdtempSync(join(tmpdir(), 'assessed-'));
    // The JSON is the stored report, byte for byte what `assess program` wrote.
    expect(
      (await ws.run('assess', 'program', '--brief', join(EXAMPLE_DIR, 'brief.yaml'), '--out', assessed)).code,
    ).toBe(0);
    const byNumber = mkdtempSync(join(tmpdir(), 'report-1-'));
    expect((await ws.run('report', '--out', byNumber, '--format', 'json', '--assessment', '1')).code).toBe(0);
    expect(readFileSync(join(byNumber, 'program-report.json'), 'utf8')).toBe(
      readFileSync(join(out, 'program-report.json'), 'utf8'),
    );
    expect(readFileSync(join(out, 'program-report.md'), 'utf8')).toMatch(
      /^# How mature is our partner program\?\n[\s\S]*\*\*2\.8\*\* \(Developing\) — of 5\. No assessment of an earlier date yet/,
    );
    expect(readFileSync(join(out, 'program-report.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    // An xlsx file is a zip archive.
    expect(readFileSync(join(out, 'program-report.xlsx')).subarray(0, 2).toString()).toBe('PK');
    const html = readFileSync(join(out, 'program-report.html'), 'utf8');
    expect(html.match(/<svg\b/g)?.length).toBe(7);
    // The latest is now #2, a redo of the same date: it has no earlier quarter to compare with
    // (docs/metrics.md, "Time"), so it never claims a change since #1.
    const latest = mkdtempSync(join(tmpdir(), 'report-2-'));
    const second = await ws.run('report', '--out', latest);
    expect([second.code, second.stderr]).toEqual([0, expect.stringContaining('assessment #2')]);
    const md2 = readFileSync(join(latest, 'program-report.md'), 'utf8');
    expect(md2).toContain('No assessment of an earlier date yet');
    expect(md2).not.toContain('since 30 Sep 2026 (assessment #1');

    // The readiness document of a stored scoring is what `score partners` wrote for it.
    const readiness = mkdtempSync(join(tmpdir(), 'readiness-'));
    expect((await ws.run('report', 'readiness', '--out', readiness, '--as-of', '2026-09-30')).code).toBe(0);
    expect(readFileSync(join(readiness, 'readiness-report.md'), 'utf8')).toBe(
      readFileSync(join(scored, 'readiness-report.md'), 'utf8'),
    );

    // One partner's review.
    const review = await ws.run('report', 'partner', 'P-D', '--out', out, '--format', 'md,html');
    expect([review.code, review.stderr]).toEqual([
      0,
      expect.stringContaining('Partner D, readiness as of 2026-09-30; wrote'),
    ]);
    const internal = readFileSync(join(out, 'partner-P-D-internal.md'), 'utf8');
    expect(internal).toMatch(/^# What does Partner D need for \w+\?\n/);
    expect(internal).toContain('Satisfaction');
    // The partner edition, to send to the partner: the same review without the vendor's view.
    expect((await ws.run('report', 'partner', 'P-D', '--out', out, '--edition', 'partner')).code).toBe(0);
    const shared = readFileSync(join(out, 'partner-P-D.md'), 'utf8');
    expect(shared).toMatch(/^# What does Partner D need for \w+\?\n/);
    for (const word of ['Satisfaction', 'Health', 'passive', 'internal']) expect(shared).not.toContain(word);
    expect((await ws.run('report', 'partner', 'P-NOPE', '--out', out)).code).toBe(5);

    const bad = await ws.run('report', '--out', out, '--format', 'pdfx');
    expect([bad.code, bad.stderr]).toEqual([
      2,
      expect.stringContaining("'pdfx' is not a format: use md, html, prompt, pdf, xlsx, json"),
    ]);
    const missing = await ws.run('report', '--out', out, '--assessment', '9');
    expect([missing.code, missing.stderr.trim()]).toEqual([5, 'error: No assessment #9']);
  }, 120_000);
});
