import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCompetencyFramework, loadTierPolicy } from '../frameworks/load-framework.ts';
import type { Role } from './competency-framework.ts';
import { compositeOf, contributionsOf } from './composite.ts';
import { applyGracePeriod } from './grace-period.ts';
import type { QualifiedByLevel, ReadinessFacts } from './readiness-facts.ts';
import { scorePartner } from './score-partner.ts';
import type { OutcomeSignal } from './tier-policy.ts';

const { framework } = loadCompetencyFramework('v1');
const { framework: policy } = loadTierPolicy('v1');
const AS_OF = '2026-09-30';
const order = policy.tiers.map((t) => t.id);
const allCompetencies = framework.roles.flatMap((r) => r.competencies.map((c) => c.id));

const qualified = (n: QualifiedByLevel): Record<Role, QualifiedByLevel> => ({
  sales: n,
  solutions: n,
  implementation: n,
  admin: n,
});

const facts = (over: Partial<ReadinessFacts> = {}): ReadinessFacts => ({
  externalId: 'P-1',
  name: 'Partner 1',
  type: 'channel',
  owner: null,
  programTier: null,
  competencyLevels: Object.fromEntries(allCompetencies.map((c) => [c, 3])),
  qualified: qualified([4, 4, 4, 0]),
  openOpportunities: 10,
  activeProjects: 3,
  outcomes: {
    csat: { n: 10, value: 8.5 },
    defect_rate: { n: 10, value: 2 },
    time_to_live: { n: 10, value: 5 },
    renewal_rate: { n: 10, value: 0.9 },
    expansion_rate: { n: 10, value: 0.3 },
    win_rate: { n: 20, value: 0.45 },
  },
  referenceDates: ['2026-06-01', '2026-03-01', '2026-01-15'],
  previous: null,
  ...over,
});

const unit = fc.double({ min: 0, max: 1, noNaN: true });
const componentsArb = fc.record({ skills: unit, capacity: unit, outcomes: unit });

describe('composite', () => {
  it('property: composite is in [0, 100] and any zero component makes it 0', () => {
    fc.assert(
      fc.property(componentsArb, fc.constantFrom('skills', 'capacity', 'outcomes'), (c, zero) => {
        const v = compositeOf(c, policy.weights);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(100 + 1e-9);
        expect(compositeOf({ ...c, [zero]: 0 }, policy.weights)).toBe(0);
      }),
    );
  });

  it('property: the composite never falls when one component rises', () => {
    fc.assert(
      fc.property(componentsArb, fc.constantFrom('skills', 'capacity', 'outcomes'), unit, (c, k, extra) => {
        const key = k as keyof typeof c;
        const raised = { ...c, [key]: Math.min(1, c[key] + extra) };
        expect(compositeOf(raised, policy.weights)).toBeGreaterThanOrEqual(
          compositeOf(c, policy.weights) - 1e-9,
        );
      }),
    );
  });

  it('property: contributions add up to the shortfall from 100', () => {
    fc.assert(
      fc.property(componentsArb, (c) => {
        const parts = contributionsOf(c, policy.weights);
        const sum = parts.skills + parts.capacity + parts.outcomes;
        expect(sum).toBeCloseTo(100 - compositeOf(c, policy.weights), 6);
      }),
    );
  });

  it('is the weighted geometric mean × 100', () => {
    expect(compositeOf({ skills: 1, capacity: 1, outcomes: 1 }, policy.weights)).toBeCloseTo(100);
    expect(compositeOf({ skills: 0.5, capacity: 0.5, outcomes: 0.5 }, policy.weights)).toBeCloseTo(50);
    expect(compositeOf({ skills: 0.64, capacity: 1, outcomes: 1 }, policy.weights)).toBeCloseTo(
      100 * 0.64 ** 0.4,
    );
  });
});

describe('grace period', () => {
  it('property: no demotion inside the grace period; promotion at once', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(null, ...order),
        fc.constantFrom(...order),
        fc.integer({ min: 0, max: policy.gracePeriods - 1 }),
        (earned, prev, below) => {
          const e = applyGracePeriod(earned, { tier: prev, periodsBelow: below }, policy.gracePeriods, order);
          const rank = (t: string | null) => (t === null ? -1 : order.indexOf(t));
          expect(rank(e.tier)).toBeGreaterThanOrEqual(rank(prev));
          if (rank(earned) > rank(prev)) expect(e).toMatchObject({ tier: earned, change: 'promoted' });
        },
      ),
    );
  });

  it('demotes once the grace period is used up', () => {
    const prev = { tier: 'gold', periodsBelow: policy.gracePeriods };
    expect(applyGracePeriod('silver', prev, policy.gracePeriods, order)).toMatchObject({
      tier: 'silver',
      change: 'demoted',
    });
    expect(applyGracePeriod('silver', { tier: 'gold', periodsBelow: 0 }, 2, order)).toMatchObject({
      tier: 'gold',
      change: 'grace',
      graceLeft: 1,
    });
  });
});

describe('scorePartner', () => {
  it('earns Platinum with full evidence, and lists the gate outcomes', () => {
    const r = scorePartner(
      facts({
        qualified: qualified([4, 4, 4, 4]),
        competencyLevels: Object.fromEntries(allCompetencies.map((c) => [c, 4])),
      }),
      framework,
      policy,
      AS_OF,
    );
    expect(r.earned).toBe('platinum');
    expect(r.next).toBeNull();
    expect(r.current.gates.every((g) => g.passed)).toBe(true);
  });

  it('is held back by the references gate and says how many more it needs', () => {
    const r = scorePartner(facts({ referenceDates: ['2026-06-01'] }), framework, policy, AS_OF);
    expect(r.earned).toBe('silver');
    const gold = r.evaluations.find((e) => e.tier === 'gold')!;
    expect(gold.composite).toBeGreaterThanOrEqual(60);
    expect(gold.gates.find((g) => g.gate === 'references')!.passed).toBe(false);
    expect(r.next!.needs.map((n) => n.text)).toContain(
      'one more verified customer reference (within 545 days)',
    );
  });

  it('names the missing person and competency for the next tier', () => {
    const levels = Object.fromEntries(allCompetencies.map((c) => [c, 3]));
    levels['implementation.data-migration'] = 2;
    const r = scorePartner(
      facts({ competencyLevels: levels, referenceDates: ['2026-06-01', '2026-03-01'] }),
      framework,
      policy,
      AS_OF,
    );
    expect(r.earned).toBe('gold');
    const texts = r.next!.needs.map((n) => n.text);
    expect(texts).toContain(
      'an implementation consultant at level 3 in Data migration (best today: level 2)',
    );
  });

  it('property: with the gates fixed, better outcomes never give a lower tier', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.integer({ min: 0, max: 40 }),
        (a, b, n) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const withCsat = (v: number) =>
            facts({
              outcomes: { ...facts().outcomes, csat: { n, value: n ? v : null } } as Record<
                OutcomeSignal,
                { n: number; value: number | null }
              >,
            });
          const rank = (t: string | null) => (t === null ? -1 : order.indexOf(t));
          const low = scorePartner(withCsat(lo), framework, policy, AS_OF);
          const high = scorePartner(withCsat(hi), framework, policy, AS_OF);
          expect(high.current.composite + 1e-9).toBeGreaterThanOrEqual(
            low.evaluations.find((e) => e.tier === high.current.tier)!.composite,
          );
          expect(rank(high.earned)).toBeGreaterThanOrEqual(rank(low.earned));
        },
      ),
    );
  });

  it('outcomes fall back toward the stated prior when samples are small', () => {
    const none = scorePartner(
      facts({
        outcomes: Object.fromEntries(
          policy.outcomes.signals.map((s) => [s.id, { n: 0, value: null }]),
        ) as ReadinessFacts['outcomes'],
      }),
      framework,
      policy,
      AS_OF,
    );
    expect(none.current.outcomes.confidence).toBe(0);
    expect(none.current.outcomes.value).toBeCloseTo(0.5);
  });
});
