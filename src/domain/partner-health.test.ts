import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadProgramFramework } from '../frameworks/load-framework.ts';
import { addDays } from './dates.ts';
import { assessHealth, engagementLevel, healthStates, isActive } from './partner-health.ts';
import { AS_OF, partner } from './test-fixtures.ts';

const { framework } = loadProgramFramework('v1');
const health = (p: ReturnType<typeof partner>) => assessHealth(p, AS_OF, framework.health, framework.metrics);
const daysAgo = (n: number) => addDays(AS_OF, -n);

describe('assessHealth', () => {
  it('dormant: no activity for 90 days and no open pipeline', () => {
    const h = health(partner({ lastActivityOn: daysAgo(90) }));
    expect(h.state).toBe('dormant');
    expect(h.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['inactive', 'no-pipeline']));
  });

  it('89 days idle is not dormant; open pipeline keeps an idle partner out of dormant', () => {
    expect(health(partner({ lastActivityOn: daysAgo(89) })).state).toBe('passive');
    expect(health(partner({ lastActivityOn: daysAgo(200), pipelineCents: 100 })).state).toBe('passive');
  });

  it('at-risk when a champion left, listing every matching reason', () => {
    const h = health(
      partner({
        type: 'strategic',
        lastActivityOn: daysAgo(10),
        pipelineCents: 500_00,
        championDeparted: { name: 'Ann', leftOn: daysAgo(40) },
        qbrScheduled: 2,
      }),
    );
    expect(h.state).toBe('at-risk');
    expect(h.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['champion-departed', 'qbr-overdue', 'no-executive-sponsor']),
    );
    expect(h.reasons.find((r) => r.code === 'champion-departed')!.text).toContain('Ann');
  });

  it('at-risk on low satisfaction and on a pipeline that halved', () => {
    const base = { lastActivityOn: daysAgo(5), pipelineCents: 100 };
    const low = { respondedOn: daysAgo(20), satisfaction: 4, training: null, resources: null, support: null };
    expect(health(partner({ ...base, survey: low })).state).toBe('at-risk');
    expect(health(partner({ ...base, pipelinePriorCents: 200 })).state).toBe('at-risk');
    expect(health(partner({ ...base, pipelinePriorCents: 199 })).state).toBe('engaged');
  });

  it('engaged needs recent activity and pipeline or a recent win', () => {
    expect(health(partner({ lastActivityOn: daysAgo(29), pipelineCents: 1 })).state).toBe('engaged');
    expect(health(partner({ lastActivityOn: daysAgo(29), lastWonOn: daysAgo(100) })).state).toBe('engaged');
    expect(health(partner({ lastActivityOn: daysAgo(30), pipelineCents: 1 })).state).toBe('passive');
    expect(health(partner({ lastActivityOn: daysAgo(5), lastWonOn: daysAgo(180) })).state).toBe('passive');
  });

  it('property: every partner gets exactly one of the four states, with at least one reason unless passive', () => {
    const maybeDate = fc.option(fc.integer({ min: 0, max: 800 }).map(daysAgo), { nil: null });
    fc.assert(
      fc.property(
        fc.record({
          lastActivityOn: maybeDate,
          lastWonOn: maybeDate,
          lastQbrHeldOn: maybeDate,
          pipelineCents: fc.integer({ min: 0, max: 1e9 }),
          pipelinePriorCents: fc.integer({ min: 0, max: 1e9 }),
          qbrScheduled: fc.integer({ min: 0, max: 8 }),
          type: fc.constantFrom('strategic', 'channel', 'technology', 'referral') as fc.Arbitrary<'channel'>,
          currentContacts: fc.integer({ min: 0, max: 5 }),
          championDeparted: fc.option(fc.constant({ name: 'N', leftOn: daysAgo(3) }), { nil: null }),
        }),
        (over) => {
          const h = health(partner(over));
          expect(healthStates.filter((s) => s === h.state)).toHaveLength(1);
          if (h.state !== 'passive') expect(h.reasons.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe('activity measures', () => {
  it('active means something happened in the last 90 days', () => {
    expect(isActive(partner({ lastActivityOn: daysAgo(89) }), AS_OF, framework.metrics)).toBe(true);
    expect(isActive(partner({ lastActivityOn: daysAgo(90) }), AS_OF, framework.metrics)).toBe(false);
    expect(isActive(partner(), AS_OF, framework.metrics)).toBe(false);
  });

  it('engagement level follows the framework thresholds', () => {
    const { high, medium } = framework.metrics.engagementLevels;
    expect(engagementLevel(partner({ activitiesRecent: high }), framework.metrics)).toBe('high');
    expect(engagementLevel(partner({ activitiesRecent: high - 1 }), framework.metrics)).toBe('medium');
    expect(engagementLevel(partner({ activitiesRecent: medium - 1 }), framework.metrics)).toBe('low');
  });
});
