/**
 * Every signal's drill-down covers its denominator (docs/metrics.md, "Drill-down"): on generated
 * programs, each signal's units are in order and their own figures add up to the value and basis.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unitProblems } from '../../test/support/signal-units-check.ts';
import { loadProgramFramework } from '../frameworks/load-framework.ts';
import { derivePartnerViews } from './partner-view.ts';
import { computeProgramFigures } from './program-figures.ts';
import { computeSignal } from './program-signals.ts';
import { signalMetrics } from './signal-metrics.ts';
import { AS_OF, brief, partner } from './test-fixtures.ts';

const { framework } = loadProgramFramework('v1');
const small = fc.integer({ min: 0, max: 6 });
const day = fc
  .integer({ min: 0, max: 700 })
  .map((d) => new Date(Date.UTC(2026, 8, 30) - d * 86_400_000).toISOString().slice(0, 10));

/** A partner with random activity, some of it nothing at all (the failing units). */
const generatedPartner = (i: number) =>
  fc
    .record({
      type: fc.constantFrom('strategic', 'channel', 'technology', 'referral'),
      tier: fc.option(fc.constantFrom('Gold', 'Silver', 'Bronze'), { nil: null }),
      region: fc.constantFrom('NA', 'EMEA', 'APAC', null),
      segment: fc.constantFrom('SMB', 'Enterprise', null),
      lifecycle: fc.constantFrom('onboarding', 'active', 'active', 'retired'),
      sponsor: fc.option(fc.constant('CRO'), { nil: null }),
      sourced: fc.integer({ min: 0, max: 5_000_000 }),
      qbrScheduled: small,
      qbrHeld: small,
      created: small,
      registered: small,
      meetingsScheduled: small,
      meetingsHeld: small,
      survey: fc.option(fc.record({ day, score: fc.integer({ min: 0, max: 10 }), answered: fc.boolean() }), {
        nil: null,
      }),
      firstWon: fc.option(day, { nil: null }),
      sessions: small,
      coMarketing: small,
      coInnovation: small,
      contacts: small,
      lastActivity: fc.option(day, { nil: null }),
    })
    .map((g) =>
      partner({
        externalId: `P-${String(i).padStart(4, '0')}`,
        name: `Partner ${i}`,
        type: g.type as never,
        tier: g.tier,
        region: g.region,
        segment: g.segment,
        joinedOn: '2024-01-01',
        lifecycle: g.lifecycle as never,
        executiveSponsor: g.sponsor,
        sourcedRevenueCents: g.sourced,
        revenueCents: g.sourced,
        qbrScheduled: g.qbrScheduled,
        qbrHeld: Math.min(g.qbrHeld, g.qbrScheduled),
        opportunitiesCreated: g.created,
        opportunitiesRegistered: Math.min(g.registered, g.created),
        meetingsScheduled: g.meetingsScheduled,
        meetingsHeld: Math.min(g.meetingsHeld, g.meetingsScheduled),
        survey: g.survey && {
          respondedOn: g.survey.day,
          satisfaction: g.survey.answered ? g.survey.score : null,
          training: g.survey.score,
          resources: g.survey.answered ? 10 - g.survey.score : null,
          support: null,
        },
        surveyedInPeriod: !!g.survey && g.survey.day > '2025-09-30',
        firstWonOn: g.firstWon,
        lastActivityOn: g.lastActivity,
        enablementSessionsRecent: g.sessions,
        coMarketing: g.coMarketing,
        coInnovation: g.coInnovation,
        currentContacts: g.contacts,
      }),
    );

const program = fc
  .integer({ min: 1, max: 40 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => generatedPartner(i))));

describe('signal units', () => {
  it('every signal of a generated program lists its denominator, in order, adding up to its basis', () => {
    fc.assert(
      fc.property(program, (facts) => {
        const b = brief({
          context: { targetRegions: ['NA', 'LATAM'], targetSegments: ['SMB'], companyRevenue: 2_000_000 },
        });
        const views = derivePartnerViews(facts, AS_OF, framework);
        const ctx = { views, figures: computeProgramFigures(views, b), brief: b, metrics: framework.metrics };
        const problems = signalMetrics.flatMap((m) =>
          unitProblems(computeSignal(m, ctx), { companyRevenue: b.context.companyRevenue }),
        );
        expect(problems).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
