/**
 * registered_deal_share counts only opportunities whose registration is known: an export without
 * a registration column stores "unknown", which is neither a yes nor a no (docs/metrics.md).
 */
import { describe, expect, it } from 'vitest';
import { loadProgramFramework } from '../frameworks/load-framework.ts';
import { assessProgram } from './assess-program.ts';
import type { PartnerFacts } from './partner-facts.ts';
import { recordKinds } from './record-kinds.ts';
import { describeCriterion } from './scorecard.ts';
import { AS_OF, brief, partner } from './test-fixtures.ts';

const { framework } = loadProgramFramework('v1');
const coverage = Object.fromEntries(
  recordKinds.map((k) => [k, { rows: 10, from: null, to: null, newest: null }]),
) as Parameters<typeof assessProgram>[5];

const dealCollaboration = (facts: PartnerFacts[]) => {
  const a = assessProgram(facts, framework, brief(), AS_OF, '2025-09-30', coverage);
  const criterion = a.criteria.find((c) => c.signal?.metric === 'registered_deal_share')!;
  return { criterion, signal: criterion.signal! };
};

const deals = (externalId: string, created: number, registered: number, unknown: number) =>
  partner({
    externalId,
    opportunitiesCreated: created,
    opportunitiesRegistered: registered,
    opportunitiesRegistrationUnknown: unknown,
  });

describe('registered_deal_share with unknown registrations', () => {
  it('divides the registered by the opportunities whose registration is known, and says how many are unknown', () => {
    const { signal } = dealCollaboration([deals('P-1', 40, 20, 3), deals('P-2', 30, 19, 0)]);
    expect(signal.value).toBeCloseTo(39 / 67, 10);
    expect(signal.sample).toBe(67);
    expect(signal.basis).toBe(
      '39 of 67 opportunities created in the period were registered; registration unknown for 3',
    );
    expect(signal.units.map((u) => [u.id, u.detail, u.value, u.of])).toEqual([
      ['P-1', '20 of 37 opportunities registered', 20, 37],
      ['P-2', '19 of 30 opportunities registered', 19, 30],
    ]);
  });

  it('says nothing of unknowns when every registration is known (the example stays as it was)', () => {
    const { signal } = dealCollaboration([deals('P-1', 4, 1, 0)]);
    expect(signal.value).toBe(0.25);
    expect(signal.basis).toBe('1 of 4 opportunities created in the period were registered');
  });

  it('is not measured when no registration is known: no value, no suggested score, the basis says why', () => {
    const { criterion, signal } = dealCollaboration([deals('P-1', 5, 0, 5), deals('P-2', 2, 0, 2)]);
    expect(signal.value).toBeNull();
    expect(signal.basis).toBe('registration unknown for all 7 opportunities created in the period');
    expect(criterion.suggested).toBeNull();
    // Each partner is listed, outside the denominator, saying why.
    expect(signal.units.map((u) => [u.id, u.counted, u.detail])).toEqual([
      ['P-1', false, 'registration unknown for 5 opportunities'],
      ['P-2', false, 'registration unknown for 2 opportunities'],
    ]);
    expect(describeCriterion(criterion).text).toMatch(
      /: not measured \(registration unknown for all 7 opportunities created in the period\); no assessor score$/,
    );
  });
});
