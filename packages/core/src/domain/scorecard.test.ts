import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadProgramFramework } from '../frameworks/load-framework.ts';
import { type CriterionScore, scoreCriteria, suggestScore } from './criterion-scores.ts';
import type { SignalValue } from './program-signals.ts';
import { bandOf } from './rounding.ts';
import { buildScorecard, overallScore } from './scorecard.ts';
import { noSignal } from './test-fixtures.ts';

const { framework } = loadProgramFramework('v1');
const criterionIds = framework.dimensions.flatMap((d) => d.criteria.map((c) => c.id));

/** A criterion list where every criterion has the given final score (manual, no signal data). */
const criteriaWith = (scores: number[]): CriterionScore[] =>
  scoreCriteria(
    framework,
    noSignal,
    criterionIds.map((criterion, i) => ({ criterion, score: scores[i]!, reason: 'test' })),
  );

const scoresArb = fc.array(fc.integer({ min: 1, max: 5 }), {
  minLength: criterionIds.length,
  maxLength: criterionIds.length,
});

describe('suggestScore', () => {
  it('maps a value through the four cut points', () => {
    const rule = {
      metric: 'qbr_completion' as const,
      better: 'higher' as const,
      cuts: [0.25, 0.5, 0.75, 0.9],
    };
    expect([0, 0.25, 0.3, 0.5, 0.8, 0.9, 1].map((v) => suggestScore(rule, v))).toEqual([1, 2, 2, 3, 4, 5, 5]);
    const lower = {
      metric: 'median_time_to_first_deal_days' as const,
      better: 'lower' as const,
      cuts: [365, 240, 150, 90],
    };
    expect([400, 365, 180, 90, 10].map((v) => suggestScore(lower, v))).toEqual([1, 2, 3, 5, 5]);
    expect(suggestScore(rule, null)).toBeNull();
  });

  it('property: a suggested score is an integer in [1, 5] and never falls as the value improves', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e3, noNaN: true }),
        (v, d) => {
          const rule = {
            metric: 'qbr_completion' as const,
            better: 'higher' as const,
            cuts: [0.25, 0.5, 0.75, 0.9],
          };
          const a = suggestScore(rule, v)!;
          expect(Number.isInteger(a) && a >= 1 && a <= 5).toBe(true);
          expect(suggestScore(rule, v + d)!).toBeGreaterThanOrEqual(a);
        },
      ),
    );
  });
});

describe('scorecard and overall', () => {
  it('flags a manual score 2+ away from the signal as claimed vs observed', () => {
    const signal = (): SignalValue => ({
      metric: 'qbr_completion',
      value: 0.3,
      unit: 'share',
      basis: '6 of 20',
      sample: 20,
      units: [],
    });
    const crits = scoreCriteria(framework, signal, [
      { criterion: 'governance.cadence', score: 4, reason: 'we hold QBRs' },
      { criterion: 'strategy.types-tiers', score: 2, reason: 'close to the data' },
    ]);
    const cadence = crits.find((c) => c.id === 'governance.cadence')!;
    expect(cadence).toMatchObject({ suggested: 2, final: 4, source: 'manual', claimedVsObserved: true });
    expect(crits.find((c) => c.id === 'strategy.types-tiers')!.claimedVsObserved).toBe(false);
  });

  it('dimension = mean of criteria, overall = weighted mean, shown rounded half up', () => {
    const scores = criterionIds.map((_, i) => [3, 2, 3, 2, 3, 3][Math.floor(i / 4)]!);
    const dims = buildScorecard(framework, criteriaWith(scores));
    expect(dims.map((d) => d.score)).toEqual([3, 2, 3, 2, 3, 3]);
    expect(overallScore(framework, dims)).toMatchObject({ score: 2.7, band: 'Developing' });
  });

  it('property: dimension and overall scores stay in [1, 5] and agree with their bands', () => {
    fc.assert(
      fc.property(scoresArb, (scores) => {
        const dims = buildScorecard(framework, criteriaWith(scores));
        const overall = overallScore(framework, dims);
        for (const x of [...dims, overall]) {
          expect(x.score).toBeGreaterThanOrEqual(1);
          expect(x.score).toBeLessThanOrEqual(5);
          expect(x.band).toBe(bandOf(framework.bands, x.score!).name);
        }
        for (const d of dims) expect(d.findings.length).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it('property: raising one criterion never lowers the overall', () => {
    fc.assert(
      fc.property(scoresArb, fc.nat({ max: criterionIds.length - 1 }), (scores, i) => {
        fc.pre(scores[i]! < 5);
        const before = overallScore(framework, buildScorecard(framework, criteriaWith(scores)));
        const raised = scores.map((s, j) => (j === i ? s + 1 : s));
        const after = overallScore(framework, buildScorecard(framework, criteriaWith(raised)));
        expect(after.exact).toBeGreaterThan(before.exact);
        expect(after.score).toBeGreaterThanOrEqual(before.score);
      }),
    );
  });
});

describe('findings', () => {
  it('show the weakest criterion and, besides it, a claim the data disputes', () => {
    const signal = (): SignalValue => ({
      metric: 'multi_threaded_share',
      value: 0.2,
      unit: 'share',
      basis: '5 of 25',
      sample: 25,
      units: [],
    });
    const crits = scoreCriteria(framework, signal, [
      { criterion: 'relationship.multi-threaded', score: 5, reason: 'we know everyone' },
      { criterion: 'relationship.executive-sponsorship', score: 1, reason: 'none yet' },
    ]);
    const rel = buildScorecard(framework, crits).find((d) => d.id === 'relationship')!;
    expect(rel.findings.map((f) => f.criterion)).toEqual([
      'relationship.executive-sponsorship',
      'relationship.multi-threaded',
    ]);
    expect(rel.findings[1]!.text).toContain('claimed 5/5 vs observed 2/5');
    expect(rel.scoreOnData).toBeLessThan(rel.score!);
  });
});
