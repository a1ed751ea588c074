/**
 * Partner readiness: every tier evaluated from the highest down; the partner earns the highest
 * tier whose composite and gates it meets; the grace period decides the tier in effect; and the
 * tier above it says what it needs.
 */
import type { CompetencyFramework } from './competency-framework.ts';
import { applyGracePeriod, type EffectiveTier } from './grace-period.ts';
import { type Need, nextTierNeeds } from './next-tier-needs.ts';
import { outcomesFor } from './readiness-components.ts';
import type { ReadinessFacts } from './readiness-facts.ts';
import { evaluateTier, type TierEvaluation } from './tier-evaluation.ts';
import type { TierPolicy } from './tier-policy.ts';

export interface PartnerReadiness {
  externalId: string;
  name: string;
  type: string;
  /** The highest tier the data earns now (null: none). */
  earned: string | null;
  effective: EffectiveTier;
  /** The evaluation against the tier in effect (or the lowest tier when there is none). */
  current: TierEvaluation;
  next: { tier: string; evaluation: TierEvaluation; needs: Need[] } | null;
  evaluations: TierEvaluation[];
}

export const scorePartner = (
  f: ReadinessFacts,
  framework: CompetencyFramework,
  policy: TierPolicy,
  asOf: string,
): PartnerReadiness => {
  const outcomes = outcomesFor(f, policy);
  const evaluations = policy.tiers.map((t) => evaluateTier(f, framework, policy, t, outcomes, asOf));
  const earnedIndex = evaluations.map((e) => e.qualifies).lastIndexOf(true);
  const order = policy.tiers.map((t) => t.id);
  const earned = earnedIndex >= 0 ? order[earnedIndex]! : null;
  const effective = applyGracePeriod(earned, f.previous, policy.gracePeriods, order);
  const at = effective.tier === null ? -1 : order.indexOf(effective.tier);
  const nextIndex = at + 1;
  const nextRule = policy.tiers[nextIndex];
  return {
    externalId: f.externalId,
    name: f.name,
    type: f.type,
    earned,
    effective,
    current: evaluations[Math.max(0, at)]!,
    next: nextRule
      ? {
          tier: nextRule.id,
          evaluation: evaluations[nextIndex]!,
          needs: nextTierNeeds(nextRule, evaluations[nextIndex]!, policy.weights),
        }
      : null,
    evaluations,
  };
};
