import { describe, expect, it } from 'vitest';
import { loadProgramFramework } from '../frameworks/load-framework.ts';
import { scoreCriteria } from './criterion-scores.ts';
import { derivePartnerViews } from './partner-view.ts';
import { buildPlan } from './partnership-plan.ts';
import { distanceToObjective, type PlanMetric } from './plan-metrics.ts';
import { computeProgramCounts } from './program-counts.ts';
import { computeProgramFigures } from './program-figures.ts';
import { AS_OF, brief, noSignal, partner } from './test-fixtures.ts';

const { framework } = loadProgramFramework('v1');
const ids = framework.dimensions.flatMap((d) => d.criteria.map((c) => c.id));

const planFor = (b: ReturnType<typeof brief>, score = 1) => {
  const views = derivePartnerViews(
    [partner({ lastActivityOn: '2026-05-01', pipelineCents: 100 })],
    AS_OF,
    framework,
  );
  const criteria = scoreCriteria(
    framework,
    noSignal,
    ids.map((criterion) => ({ criterion, score, reason: 'r' })),
  );
  return buildPlan(framework, criteria, b, computeProgramCounts(views, b), computeProgramFigures(views, b));
};

describe('buildPlan', () => {
  it('never puts more actions in a bucket than the team can carry', () => {
    for (const teamSize of [1, 2, 5]) {
      const plan = planFor(
        brief({ constraints: { teamSize, budget: 'ample', executiveBandwidth: 'ample' } }),
      );
      const cap = Math.floor(teamSize * framework.plan.actionsPerPersonPerBucket);
      expect(plan.capacityPerBucket).toBe(cap);
      for (const b of [plan.days30, plan.days60, plan.days90]) expect(b.length).toBeLessThanOrEqual(cap);
      expect(
        plan.days30.length + plan.days60.length + plan.days90.length + plan.deferred.length,
      ).toBeGreaterThan(0);
    }
  });

  it('defers actions the budget or executive bandwidth cannot carry, saying why', () => {
    const plan = planFor(
      brief({ constraints: { teamSize: 20, budget: 'limited', executiveBandwidth: 'limited' } }),
    );
    const placed = [...plan.days30, ...plan.days60, ...plan.days90];
    const costly = framework.actions.filter((a) => a.cost === 'medium' || a.cost === 'high').map((a) => a.id);
    expect(placed.filter((p) => costly.includes(p.action))).toEqual([]);
    const exec = framework.actions.filter((a) => a.executive).map((a) => a.id);
    expect(placed.filter((p) => exec.includes(p.action)).length).toBeLessThanOrEqual(
      framework.plan.executiveActions.limited,
    );
    expect(plan.deferred.some((d) => /executive/.test(d.reason))).toBe(true);
  });

  it('places an action after the actions it depends on', () => {
    const plan = planFor(
      brief({ constraints: { teamSize: 20, budget: 'ample', executiveBandwidth: 'ample' } }),
    );
    const bucketOf = new Map<string, number>();
    [plan.days30, plan.days60, plan.days90].forEach((b, i) => {
      for (const x of b) bucketOf.set(x.action, i);
    });
    for (const a of framework.actions) {
      for (const dep of a.after ?? []) {
        if (bucketOf.has(a.id) && bucketOf.has(dep))
          expect(bucketOf.get(a.id)!).toBeGreaterThan(bucketOf.get(dep)!);
      }
    }
    expect(bucketOf.get('joint-gtm-plans')).toBeGreaterThan(bucketOf.get('co-sell-playbook')!);
  });

  it('does not spend a slot on a prerequisite whose dependent could not be placed', () => {
    // A team of one: one action per bucket. Every placed prerequisite must have a reason of its own
    // to be there (its own criterion gap), and every deferred dependent names why.
    const plan = planFor(
      brief({ constraints: { teamSize: 1, budget: 'ample', executiveBandwidth: 'ample' } }),
    );
    const placed = [...plan.days30, ...plan.days60, ...plan.days90].map((p) => p.action);
    expect(new Set(placed).size).toBe(placed.length);
    for (const d of plan.deferred) expect(d.reason).toMatch(/no room|needs/);
    expect(placed.length).toBe(3);
  });

  it('plans nothing when every criterion meets the target', () => {
    const plan = planFor(brief(), 5);
    expect([...plan.days30, ...plan.days60, ...plan.days90, ...plan.deferred]).toEqual([]);
  });

  it('takes metric baselines from data and targets from the objectives', () => {
    const plan = planFor(brief({ objectives: [{ metric: 'satisfaction', target: 8.5 }] }));
    expect(plan.metrics.find((m) => m.metric === 'satisfaction')).toMatchObject({
      target: 8.5,
      baseline: null,
    });
    expect(plan.metrics.find((m) => m.metric === 'partner_revenue')).toMatchObject({
      target: null,
      baseline: 0,
    });
  });
});

describe('distanceToObjective', () => {
  const m = (metric: PlanMetric['metric'], baseline: number | null, target: number | null): PlanMetric => ({
    metric,
    baseline,
    target,
    label: '',
    unit: 'count',
    deadline: null,
    basis: '',
  });

  it('is 0 when met or without an objective, 1 without data, and never NaN', () => {
    expect(distanceToObjective(m('satisfaction', 6.8, 8.5))).toBeCloseTo(0.2);
    expect(distanceToObjective(m('time_to_first_deal', 180, 90))).toBeCloseTo(0.5);
    expect(distanceToObjective(m('time_to_first_deal', 60, 90))).toBe(0);
    expect(distanceToObjective(m('co_innovation', 0, 0))).toBe(0);
    expect(distanceToObjective(m('time_to_first_deal', 0, 0))).toBe(0);
    expect(distanceToObjective(m('partner_revenue', null, 10))).toBe(1);
    expect(distanceToObjective(m('partner_revenue', 5, null))).toBe(0);
  });
});
