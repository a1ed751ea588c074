/**
 * `trellis calibration alpha` through the real CLI. The fixture is the reliability data of
 * Krippendorff, K. (2011), "Computing Krippendorff's Alpha-Reliability", Annenberg School for
 * Communication, University of Pennsylvania, https://repository.upenn.edu/asc_papers/43 — 4 observers
 * × 12 units with missing values (absent rows): α nominal .743, ordinal .815, interval .849.
 * Bad input: a clear message naming the file, line and column, and a non-zero exit (INVALID_INPUT: 2).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliWorkspace, cliWorkspace } from './support/cli.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures/calibration/krippendorff-2011.csv');
const good = readFileSync(FIXTURE, 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'trellis-calibration-'));
const file = (name: string, body: string) => {
  const f = join(scratch, name);
  writeFileSync(f, body);
  return f;
};

let ws: CliWorkspace;
beforeAll(async () => {
  ws = await cliWorkspace();
});
afterAll(() => ws?.dispose());

describe('trellis calibration alpha: Krippendorff (2011)', () => {
  it.each([
    ['nominal', '0.743'],
    ['ordinal', '0.815'],
    ['interval', '0.849'],
  ])('%s: prints alpha %s, 11 units and 40 pairable values', async (level, alpha) => {
    const r = await ws.run('calibration', 'alpha', FIXTURE, '--level', level);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Krippendorff's alpha (${level}): ${alpha}\n`);
    expect(r.stdout).toContain('11 units, 40 pairable values (1 unit with a single rating left out)');
    expect(r.stdout).toMatch(
      /95% bootstrap interval 0\.\d{3} to (0\.\d{3}|1\.000) \(1000 resamples of units, seed 1;/,
    );
    expect(r.stdout).toContain('Flags: none');
  });

  it('--json: an object whose alpha field is the coefficient, with drift per rater; reproducible by seed', async () => {
    const run = async (...more: string[]) => {
      const r = await ws.run('calibration', 'alpha', FIXTURE, '--level', 'interval', '--json', ...more);
      expect(r.code).toBe(0);
      return JSON.parse(r.stdout);
    };
    const out = await run('--seed', '7', '--draws', '400');
    expect(Math.round(out.alpha * 1000) / 1000).toBe(0.849);
    expect(out).toMatchObject({
      level: 'interval',
      units: 11,
      pairableValues: 40,
      droppedUnits: 1,
      flags: [],
    });
    expect(out.interval).toMatchObject({ draws: 400, seed: 7, confidence: 0.95 });
    expect(out.interval.lower).toBeLessThan(out.alpha);
    expect(out.raters.map((d: { rater: string; units: number }) => [d.rater, d.units])).toEqual([
      ['A', 9],
      ['B', 10],
      ['C', 10],
      ['D', 11],
    ]);
    // Observer C by hand: u2 3 − 2, u6 3 − (1 + 2 + 4) / 3, u8 2 − 1, every other shared unit 0; over 10 units.
    expect(out.raters[2].drift).toBeCloseTo((1 + (3 - 7 / 3) + 1) / 10, 12);
    expect(await run('--seed', '7', '--draws', '400')).toEqual(out);
    expect((await run('--draws', '0')).interval).toBeNull();
  });

  it('flags a drifting rater and a rubric that needs work', async () => {
    // E rates two levels above observer A on each of A's units: alpha falls and E drifts.
    const shifted = good
      .split('\n')
      .filter((l) => /,A,/.test(l))
      .map((l) => l.replace(/,A,(\d)/, (_, v) => `,E,${Number(v) + 2}`))
      .join('\n');
    const r = await ws.run(
      'calibration',
      'alpha',
      file('drift.csv', `${good}${shifted}\n`),
      '--level',
      'interval',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/recalibrate rater E: drift \+\d\.\d\d is beyond ±0\.5/);
    expect(r.stdout).toMatch(/rubric needs work: alpha 0\.\d{3} is below 0\.667/);
  });
});

describe('trellis calibration alpha: bad input', () => {
  const cases: [string, () => string, string, RegExp][] = [
    [
      'a rater rating a unit twice',
      () => file('dup.csv', `${good}3,A,2\n`),
      'interval',
      /dup\.csv: 1 problem in the ratings, nothing computed\n.*dup\.csv, line 43, rater: rater A rated unit 3 twice \(first on line 9\)/,
    ],
    [
      'a value that is not a number',
      () => file('nan.csv', `${good}13,A,high\n`),
      'ordinal',
      /nan\.csv, line 43, value: "high" is not a number \(ordinal ratings are numbers\)/,
    ],
    [
      'a missing column',
      () => file('col.csv', good.replace('unit,rater,value', 'unit,assessor,value')),
      'nominal',
      /col\.csv: the header must name the columns unit, rater and value \(missing: rater\)\n.*col\.csv, line 1, rater: column missing/,
    ],
    [
      'an empty value',
      () => file('empty.csv', `${good}13,A,\n`),
      'interval',
      /empty\.csv, line 43, value: empty \(leave the row out for a missing rating\)/,
    ],
    ['a missing file', () => join(scratch, 'nope.csv'), 'interval', /nope\.csv: file not found/],
  ];

  it.each(cases)('%s: a clear error and exit 2', async (_, input, level, message) => {
    const r = await ws.run('calibration', 'alpha', input(), '--level', level);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('an unknown level is refused by the option itself', async () => {
    const r = await ws.run('calibration', 'alpha', FIXTURE, '--level', 'ratio');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('Allowed choices are nominal, ordinal, interval');
  });
});
