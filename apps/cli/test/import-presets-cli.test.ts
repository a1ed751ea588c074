/**
 * A Salesforce report through the real CLI: --infer and a refused import propose the preset (and
 * the date format its day-first dates need) in the CLI's words, a date the preset cannot read is
 * refused naming the format, and the import with both says what it stored as unknown.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliWorkspace, cliWorkspace } from './support/cli.ts';

const FIX = join(import.meta.dirname, 'fixtures/cli');
const report = join(mkdtempSync(join(tmpdir(), 'trellis-presets-')), 'report.csv');
writeFileSync(
  report,
  [
    'Opportunities with Partners',
    '',
    'Opportunity ID,Opportunity Name,Partner Account ID,Stage,Amount,Created Date,Close Date,Lead Source',
    'SF-1,Deal 1,P-1,Closed Won,"$1,000.00",15/01/2026,20/02/2026,Partner Referral',
    'SF-2,Deal 2,P-2,Prospecting,$500.00,3/4/2026,31/12/2026,Web',
    'SF-3,Deal 3,P-1,Closed Lost,$250.00,28/02/2026,13/03/2026,Partner Referral',
  ].join('\n'),
);

let ws: CliWorkspace;
beforeAll(async () => {
  ws = await cliWorkspace();
  expect((await ws.run('import', 'partners', join(FIX, 'partners.csv'))).code).toBe(0);
}, 120_000);
afterAll(() => ws?.dispose());

describe('trellis import with a Salesforce report', () => {
  it('--infer proposes the preset with the command to run, and a mapping that reads the dates day first', async () => {
    const r = await ws.run('import', '--infer', report);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      `This looks like a Salesforce opportunities export: use --preset salesforce-opportunities, and use --date-format DD/MM/YYYY (most of its dates are day first)\n  trellis import opportunities ${report} --preset salesforce-opportunities --date-format DD/MM/YYYY\n`,
    );
    expect(r.stdout).toContain('dateFormat: DD/MM/YYYY');
    expect(r.stdout).toContain(
      '# dates read as DD/MM/YYYY, the order most of them show: 5 can only be day first, 1 either way',
    );
  }, 60_000);

  it('imported without the preset, the refusal names it instead of a generic hint', async () => {
    const r = await ws.run('import', 'opportunities', report);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(
      'This looks like a Salesforce opportunities export: use --preset salesforce-opportunities',
    );
    expect(r.stderr).not.toContain('a CRM or spreadsheet export? try');
  }, 60_000);

  it('through the preset, its day-first dates are refused naming the preset’s format, with the fix', async () => {
    const r = await ws.run('import', 'opportunities', report, '--preset', 'salesforce-opportunities');
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      /created_on \(Created Date\): 2 rows like "15\/01\/2026", "28\/02\/2026" \(lines 4, 6\) — not a date in M\/D\/YYYY, the mapping's date format\n {4}fix: use --date-format DD\/MM\/YYYY/,
    );
    const ok = await ws.run(
      'import',
      'opportunities',
      report,
      '--preset',
      'salesforce-opportunities',
      '--date-format',
      'DD/MM/YYYY',
    );
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/3 rows — 3 inserted/);
    expect(ok.stderr).toContain(
      'note: no "Deal Registration" column (registered): registered is stored as unknown for new opportunities; those already stored keep theirs',
    );
  }, 60_000);
});
