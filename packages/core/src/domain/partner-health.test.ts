import { isInternalHealthReason } from '@trellis/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadProgramFramework } from '../frameworks/load-framework.ts';
import { addDays, daysBetween } from './dates.ts';
import { engagementLevel, isActive } from './partner-activity.ts';
import { assessHealth, healthStates } from './partner-health.ts';
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

  it('a pipeline that shrank because deals were won is not a drop', () => {
    const base = { lastActivityOn: daysAgo(5), lastWonOn: daysAgo(10) };
    expect(health(partner({ ...base, pipelinePriorCents: 1000, wonFromPriorCents: 1000 })).state).toBe(
      'engaged',
    );
    expect(health(partner({ ...base, pipelinePriorCents: 1000, wonFromPriorCents: 400 })).state).toBe(
      'at-risk',
    );
  });

  it('a strategic partner with no QBR held for longer than the window is overdue, counted from joining', () => {
    const strategic = {
      type: 'strategic' as const,
      lastActivityOn: daysAgo(5),
      pipelineCents: 1,
      executiveSponsor: 'CRO',
    };
    expect(health(partner({ ...strategic, joinedOn: daysAgo(181) })).reasons.map((r) => r.code)).toContain(
      'qbr-overdue',
    );
    expect(health(partner({ ...strategic, joinedOn: daysAgo(100) })).state).toBe('engaged');
    expect(health(partner({ ...strategic, joinedOn: daysAgo(900), lastQbrHeldOn: daysAgo(170) })).state).toBe(
      'engaged',
    );
  });

  it('engaged needs recent activity and pipeline or a recent win', () => {
    expect(health(partner({ lastActivityOn: daysAgo(29), pipelineCents: 1 })).state).toBe('engaged');
    expect(health(partner({ lastActivityOn: daysAgo(29), lastWonOn: daysAgo(100) })).state).toBe('engaged');
    expect(health(partner({ lastActivityOn: daysAgo(30), pipelineCents: 1 })).state).toBe('passive');
    expect(health(partner({ lastActivityOn: daysAgo(5), lastWonOn: daysAgo(180) })).state).toBe('passive');
  });

  it('property: every partner gets exactly one state, and it is the first rule that matches', () => {
    const maybeDate = fc.option(fc.integer({ min: 0, max: 800 }).map(daysAgo), { nil: null });
    const survey = fc.option(
      fc.record({
        respondedOn: fc.constant(daysAgo(10)),
        satisfaction: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
        training: fc.constant(null),
        resources: fc.constant(null),
        support: fc.constant(null),
      }),
      { nil: null },
    );
    fc.assert(
      fc.property(
        fc.record({
          lastActivityOn: maybeDate,
          lastWonOn: maybeDate,
          lastQbrHeldOn: maybeDate,
          joinedOn: fc.integer({ min: 0, max: 900 }).map(daysAgo),
          pipelineCents: fc.integer({ min: 0, max: 1e9 }),
          pipelinePriorCents: fc.integer({ min: 0, max: 1e9 }),
          type: fc.constantFrom('strategic', 'channel', 'technology', 'referral') as fc.Arbitrary<'channel'>,
          executiveSponsor: fc.option(fc.constant('CRO'), { nil: null }),
          currentContacts: fc.integer({ min: 0, max: 5 }),
          championDeparted: fc.option(fc.constant({ name: 'N', leftOn: daysAgo(3) }), { nil: null }),
          survey,
        }),
        (over) => {
          const p = partner(over);
          const h = health(p);
          expect(healthStates.filter((s) => s === h.state)).toHaveLength(1);
          // The rules of docs/metrics.md#health, restated independently of the implementation.
          const idle =
            p.lastActivityOn === null ? Number.POSITIVE_INFINITY : daysBetween(p.lastActivityOn, AS_OF);
          const dormant = idle >= 90 && p.pipelineCents === 0;
          const risky = h.reasons.some((r) => r.kind === 'risk');
          const wonRecently = p.lastWonOn !== null && daysBetween(p.lastWonOn, AS_OF) < 180;
          const engaged = idle < 30 && (p.pipelineCents > 0 || wonRecently);
          const expected = dormant ? 'dormant' : risky ? 'at-risk' : engaged ? 'engaged' : 'passive';
          expect(h.state).toBe(expected);
          const lowSatisfaction =
            p.survey?.satisfaction !== null &&
            p.survey?.satisfaction !== undefined &&
            p.survey.satisfaction <= 4;
          if (!dormant && (p.championDeparted || lowSatisfaction)) expect(h.state).toBe('at-risk');
        },
      ),
    );
  });
});

describe('health reasons a partner user may see when the org shares health', () => {
  it('every rule’s sentence is internal exactly when it names the champion or the satisfaction answer', () => {
    // Facts that, between them, make every rule speak.
    const cases = [
      partner({
        type: 'strategic',
        lastActivityOn: daysAgo(5),
        pipelineCents: 100,
        pipelinePriorCents: 1000,
        lastWonOn: daysAgo(3),
        championDeparted: { name: 'Ann', leftOn: daysAgo(40) },
        survey: { respondedOn: daysAgo(20), satisfaction: 3, training: null, resources: null, support: null },
        currentContacts: 0,
      }),
      partner({ lastActivityOn: daysAgo(200), currentContacts: 1 }),
      partner(),
      partner({ type: 'strategic', lastQbrHeldOn: daysAgo(200) }),
    ];
    const reasons = cases.flatMap((p) => health(p).reasons);
    const codes = new Set(reasons.map((r) => r.code));
    expect([...codes].sort()).toEqual(
      [
        'champion-departed',
        'inactive',
        'low-satisfaction',
        'no-executive-sponsor',
        'no-pipeline',
        'open-pipeline',
        'pipeline-drop',
        'qbr-overdue',
        'recent-activity',
        'recent-win',
        'single-threaded',
      ].sort(),
    );
    for (const r of reasons)
      expect(isInternalHealthReason(r.text), `${r.code}: ${r.text}`).toBe(
        r.code === 'champion-departed' || r.code === 'low-satisfaction',
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
