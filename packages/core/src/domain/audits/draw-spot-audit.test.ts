/**
 * Known answers for the spot-audit draw. Under simple random sampling without replacement of k of
 * a stratum's n members, every member is drawn with probability k/n (W. G. Cochran, Sampling
 * Techniques, 3rd ed., Wiley 1977, §2.4, and §5.1 for stratified sampling: each stratum sampled
 * independently). The first k places of a Fisher–Yates shuffle are such a sample (D. E. Knuth,
 * The Art of Computer Programming, vol. 2, 3rd ed., §3.4.2, Algorithm P).
 */
import { describe, expect, it } from 'vitest';
import type { Checked } from './checked.ts';
import { type AuditableEvaluation, drawSpotAudit, type SpotAuditSample } from './draw-spot-audit.ts';
import { stratumQuota } from './stratum-quota.ts';

const evaluation = (
  id: string,
  tier: string | null,
  assessor: string,
  passed = true,
): AuditableEvaluation => ({
  id,
  tier,
  assessor,
  competency: 'sales.discovery',
  level: passed ? 3 : 1,
  passed,
});

/** Strata of 10 (gold × Ann), 7 (gold × Bob), 1 (no tier × Ann), plus failed ones never drawn. */
const population: AuditableEvaluation[] = [
  ...Array.from({ length: 10 }, (_, i) => evaluation(`G-A-${String(i).padStart(2, '0')}`, 'gold', 'Ann')),
  ...Array.from({ length: 7 }, (_, i) => evaluation(`G-B-${i}`, 'gold', 'Bob')),
  evaluation('N-A-0', null, 'Ann'),
  evaluation('F-1', 'gold', 'Ann', false),
  evaluation('F-2', 'silver', 'Cy', false),
];

const value = <T>(c: Checked<T>): T => {
  if (!c.ok) throw new Error(c.problem.message);
  return c.value;
};
const ids = (s: SpotAuditSample) => s.items.map((i) => i.id);

describe('drawSpotAudit', () => {
  it('gives the same sample for the same seed, whatever the input order', () => {
    const a = value(drawSpotAudit({ evaluations: population, share: 0.3, seed: 2026 }));
    const b = value(drawSpotAudit({ evaluations: [...population].reverse(), share: 0.3, seed: 2026 }));
    expect(ids(b)).toEqual(ids(a));
  });

  it('gives different samples for different seeds', () => {
    const samples = [1, 2, 3, 4, 5].map((seed) =>
      ids(value(drawSpotAudit({ evaluations: population, share: 0.3, seed }))).join(','),
    );
    expect(new Set(samples).size).toBe(5);
  });

  it('draws each stratum its exact quota, ordered by stratum then id; failed evaluations never', () => {
    const s = value(drawSpotAudit({ evaluations: population, share: 0.3, seed: 7 }));
    // 0.3 × 10 = 3; 0.3 × 7 = 2.1 → 2; 0.3 × 1 = 0.3 → 0, raised to the minimum of 1.
    expect(s.strata).toEqual([
      { tier: 'gold', assessor: 'Ann', size: 10, drawn: 3 },
      { tier: 'gold', assessor: 'Bob', size: 7, drawn: 2 },
      { tier: null, assessor: 'Ann', size: 1, drawn: 1 },
    ]);
    expect(s.items.map((i) => `${i.stratum.tier}/${i.stratum.assessor}`)).toEqual([
      'gold/Ann',
      'gold/Ann',
      'gold/Ann',
      'gold/Bob',
      'gold/Bob',
      'null/Ann',
    ]);
    const gold = ids(s).slice(0, 3);
    expect(gold).toEqual([...gold].sort());
    expect(ids(s)).not.toContain('F-1');
    expect(ids(s)).toContain('N-A-0');
  });

  it('draws every evaluation of a stratum with frequency k/n over 2,000 seeds', () => {
    const seeds = 2000;
    const counts = new Map<string, number>();
    for (let seed = 0; seed < seeds; seed++) {
      const s = value(drawSpotAudit({ evaluations: population, share: 0.3, seed }));
      expect(s.items.length).toBe(6); // 3 + 2 + 1 on every draw
      for (const id of ids(s)) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    // Each count is Binomial(2000, p) with p = k/n; 4 standard errors, sqrt(p(1 − p)/2000), bound
    // the observed share (two-sided chance of a miss ≈ 6e-5 per evaluation, ≈ 0.1% over all 17).
    const check = (prefix: string, p: number) => {
      const tolerance = 4 * Math.sqrt((p * (1 - p)) / seeds);
      for (const e of population.filter((x) => x.id.startsWith(prefix)))
        expect(Math.abs((counts.get(e.id) ?? 0) / seeds - p), e.id).toBeLessThan(tolerance);
    };
    check('G-A-', 3 / 10);
    check('G-B-', 2 / 7);
    expect(counts.get('N-A-0')).toBe(seeds);
    expect(counts.has('F-1') || counts.has('F-2')).toBe(false);
  });

  it('takes everything that passed at share 1', () => {
    const s = value(drawSpotAudit({ evaluations: population, share: 1, seed: 1 }));
    expect(ids(s)).toEqual([...population.filter((e) => e.passed).map((e) => e.id)]);
  });

  it('refuses a share outside (0, 1], a bad seed and duplicate ids, naming the field', () => {
    for (const share of [0, -0.1, 1.01, Number.NaN]) {
      const c = drawSpotAudit({ evaluations: population, share, seed: 1 });
      expect(c.ok).toBe(false);
      if (!c.ok)
        expect(c.problem).toMatchObject({
          kind: 'invalid',
          message: 'The spot audit cannot be drawn',
          issues: [{ field: 'share', reason: 'must be a number above 0 and at most 1' }],
        });
    }
    const seed = drawSpotAudit({ evaluations: population, share: 0.5, seed: 1.5 });
    expect(!seed.ok && seed.problem.issues).toEqual([
      { field: 'seed', value: '1.5', reason: 'must be an integer from 0 to 4294967295' },
    ]);
    const twice = drawSpotAudit({ evaluations: [...population, population[3]!], share: 0.5, seed: 1 });
    expect(!twice.ok && twice.problem.issues).toEqual([
      { field: 'evaluations', value: 'G-A-03', reason: 'the evaluation id occurs more than once' },
    ]);
  });
});

describe('stratumQuota', () => {
  it('rounds half up, with at least one of a non-empty stratum and at most all of it', () => {
    expect([0, 1, 2, 5, 10].map((n) => stratumQuota(0.25, n))).toEqual([0, 1, 1, 1, 3]); // 0.5 → 1; 1.25 → 1; 2.5 → 3
    expect(stratumQuota(0.29, 50)).toBe(15); // 14.5, computed as 14.499999999999998
    expect(stratumQuota(0.05, 3)).toBe(1);
    expect(stratumQuota(1, 4)).toBe(4);
  });
});
