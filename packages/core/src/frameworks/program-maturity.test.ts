import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rejectionOf } from '../../test/support/rejection-of.ts';
import { FRAMEWORKS_DIR, loadProgramMaturity, parseProgramMaturity } from './load-framework.ts';

const v1 = readFileSync(join(FRAMEWORKS_DIR, 'readiness-program-maturity/v1.yaml'), 'utf8');

/** The 1-based line of the first line of v1 that contains `needle`. */
const lineOf = (needle: string): number => v1.split('\n').findIndex((l) => l.includes(needle)) + 1;

/** The error an edited copy of v1 is refused with. */
const failureOf = (edit: (text: string) => string) =>
  rejectionOf(() => parseProgramMaturity({ name: 'v1.yaml', text: edit(v1) }));

describe('readiness-program-maturity v1', () => {
  const { framework, sha256 } = loadProgramMaturity('v1');

  it('holds the seed’s six capabilities with their from → to states, owners and primary KPIs', () => {
    expect(
      framework.capabilities.map((c) => [c.name, c.from, c.to, c.owner, c.kpis.map((k) => k.id)]),
    ).toEqual([
      [
        'Competency Model',
        'ad hoc skills lists',
        'role-based competency framework with levels and evidence',
        'Partner Enablement',
        ['skill_coverage', 'ramp_time'],
      ],
      [
        'Assessment Design',
        'self-attested quizzes',
        'evidence-based, calibrated assessments',
        'Enablement / Program Ops',
        ['pass_band_validity', 'calibration_agreement'],
      ],
      [
        'Operational Data',
        'spreadsheets and manual updates',
        'integrated CRM/PRM data with automated scoring',
        'Partner Ops',
        ['data_freshness', 'time_to_first_win'],
      ],
      [
        'Readiness Tiering',
        'tiers by revenue only',
        'tiers by skills × capacity × outcomes',
        'Channel Leadership',
        ['win_rate', 'delivery_quality', 'time_to_live'],
      ],
      [
        'Continuous Improvement',
        'one-off trainings',
        'closed-loop remediation with quarterly calibration',
        'Program Management',
        ['gap_closure_rate', 'ceus_earned', 'expansion'],
      ],
      [
        'Market Signal',
        'logos on a slide',
        'verifiable badges and a searchable locator',
        'Partner Marketing',
        ['qualified_pipeline_influence'],
      ],
    ]);
  });

  it('names each KPI with its unit, and scores 1–5 from Initial to Optimized', () => {
    const kpis = Object.fromEntries(framework.capabilities.flatMap((c) => c.kpis).map((k) => [k.id, k]));
    expect(kpis.pass_band_validity).toEqual({
      id: 'pass_band_validity',
      name: 'Pass band validity',
      unit: 'correlation',
      better: 'higher',
    });
    expect(kpis.calibration_agreement).toMatchObject({
      name: 'Calibration agreement (alpha)',
      unit: 'coefficient',
    });
    expect(kpis.delivery_quality).toMatchObject({ name: 'Delivery quality (CSAT)', unit: 'score' });
    expect(kpis.ramp_time).toMatchObject({ unit: 'days', better: 'lower' });
    expect(framework.levels.map((l) => [l.level, l.name])).toEqual([
      [1, 'Initial'],
      [2, 'Developing'],
      [3, 'Defined'],
      [4, 'Managed'],
      [5, 'Optimized'],
    ]);
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('loading a broken maturity framework', () => {
  it('names the field and the line of a unit it does not know', () => {
    const err = failureOf((t) => t.replace('name: Ramp time, unit: days', 'name: Ramp time, unit: weeks'));
    expect(err.code).toBe('FRAMEWORK_INVALID');
    expect(err.issues).toHaveLength(1);
    expect(err.issues[0]).toMatchObject({
      file: 'v1.yaml',
      path: 'capabilities[0].kpis[1].unit',
      line: lineOf('name: Ramp time'),
    });
  });

  it('refuses a missing capability, a KPI named twice and a level out of order', () => {
    const noMarketSignal = failureOf((t) => t.slice(0, t.indexOf('  - id: market-signal')));
    expect(noMarketSignal.issues).toEqual([
      expect.objectContaining({
        path: 'capabilities',
        reason: expect.stringContaining("capability 6 must be 'market-signal'"),
      }),
    ]);
    const twice = failureOf((t) =>
      t.replace('{ id: expansion, name: Expansion', '{ id: win_rate, name: Expansion'),
    );
    expect(twice.issues[0]).toMatchObject({
      path: 'capabilities[4].kpis[2].id',
      reason: "KPI 'win_rate' is already a KPI of 'readiness-tiering'",
      line: lineOf('name: Expansion'),
    });
    const levels = failureOf((t) =>
      t.replace('{ level: 2, name: Developing', '{ level: 3, name: Developing'),
    );
    expect(levels.issues[0]).toMatchObject({ path: 'levels[1].level', line: lineOf('name: Developing') });
  });

  it('reports YAML syntax errors with a line', () => {
    const err = failureOf((t) => t.replace('owner: Partner Ops', 'owner: [Partner Ops'));
    expect(err.message).toContain('not valid YAML');
    expect(err.issues[0]!.line).toBeGreaterThan(0);
  });
});
