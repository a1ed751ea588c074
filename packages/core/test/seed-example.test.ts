/**
 * The seed's filled example, reproduced from records: imports examples/seed-saas into the test
 * engine, assesses it, and checks what Trellis computes against the seed's facts
 * (docs/seeds/program-readiness-assessment.md, "Example (Filled)").
 */

import type { ProgramReport } from '@trellis/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCaller } from '../src/app/accounts/caller.ts';
import { assessProgramUseCase } from '../src/app/assessments/assess-program.ts';
import { importSourcesUseCase } from '../src/app/imports/import-sources.ts';
import { readExampleDirectory } from '../src/files/example-directory.ts';
import { loadProgramFramework } from '../src/frameworks/load-framework.ts';
import { unitProblems } from './support/signal-units-check.ts';
import { openTestDatabase, TEST_ORG, type TestDatabase } from './support/test-database.ts';

let t: TestDatabase;
let r: ProgramReport;

beforeAll(async () => {
  t = await openTestDatabase();
  const example = await readExampleDirectory();
  await importSourcesUseCase(t.db, systemCaller(TEST_ORG), { sources: example.sources });
  ({ report: r } = await assessProgramUseCase(t.db, systemCaller(TEST_ORG), {
    brief: example.brief,
    briefName: example.briefName,
    framework: loadProgramFramework('v1'),
    today: '2030-01-01',
  }));
});
afterAll(() => t?.dispose());

const segment = (type: string) => r.portfolio.segments.find((s) => s.type === type)!;
const partner = (id: string) => r.performance.partners.find((p) => p.externalId === id)!;

describe('seed example (Example (Filled)) computed from its records', () => {
  it('uses the brief’s as-of date and a 365-day period', () => {
    expect(r.asOf).toBe('2026-09-30');
    expect(r.period).toEqual({ start: '2025-09-30', end: '2026-09-30', days: 365, activeDays: 90 });
  });

  it('25 partners: 5 strategic, 15 channel, 5 technology (the retired one is excluded)', () => {
    expect(r.summary.valueRealized.partners).toBe(25);
    expect(r.portfolio.segments.map((s) => [s.type, s.partners])).toEqual([
      ['strategic', 5],
      ['channel', 15],
      ['technology', 5],
    ]);
    expect(r.performance.partners.some((p) => p.externalId === 'P-Z')).toBe(false);
  });

  it('$8M partner-sourced revenue = 20% of $40M', () => {
    expect(r.summary.valueRealized.partnerSourcedRevenue).toBe(8_000_000);
    expect(r.summary.valueRealized.revenueShare).toBe(0.2);
  });

  it('strategic: $6M, 3 engaged, 1 passive, 1 at-risk whose champion left and who has no executive relationship ($1.5M)', () => {
    const s = segment('strategic');
    expect(s.revenue).toBe(6_000_000);
    expect([s.health.engaged.partners, s.health.passive.partners, s.health['at-risk'].partners]).toEqual([
      3, 1, 1,
    ]);
    expect(r.portfolio.atRisk).toHaveLength(1);
    const x = r.portfolio.atRisk[0]!;
    expect(x).toMatchObject({ externalId: 'P-X', type: 'strategic', revenue: 1_500_000 });
    expect(x.reasons.join('; ')).toMatch(/champion departed/);
    expect(x.reasons).toContain('no executive relationship');
  });

  it('channel: $2M, 5 engaged, 7 passive, 3 dormant', () => {
    const c = segment('channel');
    expect(c.revenue).toBe(2_000_000);
    expect([c.health.engaged.partners, c.health.passive.partners, c.health.dormant.partners]).toEqual([
      5, 7, 3,
    ]);
  });

  it('technology: $0, 2 launching, 3 stalled', () => {
    expect(segment('technology')).toMatchObject({ revenue: 0, launching: 2, stalled: 3 });
  });

  it('coverage gaps: no partner in APAC; SMB underserved', () => {
    const gaps = Object.fromEntries(r.portfolio.coverageGaps.map((g) => [g.name, g.status]));
    expect(gaps).toEqual({ APAC: 'none', SMB: 'inactive' });
  });

  it('survey: satisfaction 6.8/10; training 5, resources 6, support 7', () => {
    const mean = Object.fromEntries(r.enablement.feedback.map((f) => [f.area, f.mean]));
    expect(mean).toEqual({ satisfaction: 6.8, training: 5, resources: 6, support: 7 });
    expect(r.performance.aggregates.avgSatisfaction).toBe(6.8);
  });

  it('QBR completion 30%; executive sponsors for 3 partners', () => {
    const crit = (id: string) => r.scorecard.flatMap((d) => d.criteria).find((c) => c.id === id)!;
    expect(crit('governance.cadence').signal).toMatchObject({
      value: 0.3,
      basis: expect.stringMatching(/^6 of 20/),
    });
    const sponsors = crit('relationship.executive-sponsorship').signal!.units!;
    expect(sponsors.filter((u) => u.passes).map((u) => u.id)).toEqual(['P-A', 'P-B', 'P-C']);
  });

  it('Partner A $2.5M in 12 deals, Partner B $2M in 8 deals: the top performers', () => {
    expect(partner('P-A')).toMatchObject({ revenue: 2_500_000, deals: 12, engagement: 'high' });
    expect(partner('P-B')).toMatchObject({ revenue: 2_000_000, deals: 8 });
    expect(r.portfolio.topPerformers.map((p) => p.externalId)).toEqual(['P-A', 'P-B']);
    expect(r.performance.topContributors).toEqual(['P-A', 'P-B']);
  });

  it('Partner D $50K in 1 deal with low engagement, Partners E–G dormant: underperformers', () => {
    expect(partner('P-D')).toMatchObject({ revenue: 50_000, deals: 1, engagement: 'low' });
    for (const id of ['P-E', 'P-F', 'P-G'])
      expect(partner(id)).toMatchObject({ health: 'dormant', revenue: 0 });
    // Also underperformers by the framework's rule (< 1% of partner revenue with low engagement):
    // the passive strategic partner H and the three stalled technology partners, all at $0.
    const under = r.performance.underperformers.map((u) => u.externalId).sort();
    expect(under).toEqual(['P-D', 'P-E', 'P-F', 'P-G', 'P-H', 'P-T3', 'P-T4', 'P-T5']);
  });

  it('time-to-first-deal about 6 months; 40% active in the last 90 days', () => {
    const days = r.performance.aggregates.avgTimeToFirstDealDays!;
    expect(days).toBeGreaterThan(165);
    expect(days).toBeLessThan(200);
    expect(r.performance.aggregates.activeShare).toBe(0.4);
    expect(r.summary.valueRealized).toMatchObject({
      active: 10,
      engaged: 10,
      passive: 11,
      atRisk: 1,
      dormant: 3,
    });
  });

  it('the plan’s metrics take baselines from data and the seed’s objectives as targets', () => {
    const m = Object.fromEntries(r.plan.metrics.map((x) => [x.metric, [x.baseline, x.target]]));
    expect(m.partner_revenue).toEqual([8_000_000, 15_000_000]);
    expect(m.revenue_share).toEqual([0.2, 0.3]);
    expect(m.satisfaction).toEqual([6.8, 8.5]);
    expect(m.active_share).toEqual([0.4, 0.7]);
    expect(m.time_to_first_deal![1]).toBe(90);
    expect(r.plan.capacityPerBucket).toBe(3);
  });

  it('golden: scorecard, overall and the claim the data disputes', () => {
    expect(r.scorecard.map((d) => [d.id, d.score])).toEqual([
      ['strategy', 2.8],
      ['enablement', 2.8],
      ['governance', 2.5],
      ['gtm', 2.3],
      ['performance', 3.3],
      ['relationship', 3.0],
    ]);
    expect(r.summary.overall).toEqual({ score: 2.8, band: 'Developing' });
    expect(r.claimsVsObserved.map((c) => [c.criterion, c.claimed, c.observed])).toEqual([
      ['relationship.multi-threaded', 5, 3],
    ]);
    expect(r.plan.days30.map((i) => i.action)).toEqual([
      'co-sell-playbook',
      'refresh-training',
      'reonboard-passive-partners',
    ]);
  });

  it('every signal’s drill-down lists every unit of its denominator, adding up to its basis', () => {
    const signals = r.scorecard.flatMap((d) => d.criteria).flatMap((c) => (c.signal ? [c.signal] : []));
    expect(signals.length).toBeGreaterThan(10);
    expect(
      signals.flatMap((s) => unitProblems(s, { companyRevenue: r.brief.context.companyRevenue })),
    ).toEqual([]);
    // The failing ones are the list an operations manager needs: first, and complete.
    const tiers = signals.find((s) => s.metric === 'tiered_partner_share')!;
    expect(tiers.units!.filter((u) => !u.passes).map((u) => u.detail)).toEqual(
      Array(12).fill('no program tier'),
    );
    expect(tiers.units!.slice(0, 12).every((u) => u.passes === false)).toBe(true);
  });

  it('one "do this first": the top improvements are the plan’s first actions, in the plan’s order', () => {
    // Before, the top improvements were ranked by priority alone, so a high-effort action of days
    // 61–90 could lead them while the plan started elsewhere: now both are one list.
    const planOrder = [...r.plan.days30, ...r.plan.days60, ...r.plan.days90].map((a) => a.action);
    expect(r.summary.topImprovements.map((t) => t.action)).toEqual(planOrder.slice(0, 3));
    expect(r.plan.days30.length).toBeGreaterThan(0);
    expect(r.summary.topImprovements[0]!.action).toBe(r.plan.days30[0]!.action);
  });
});
