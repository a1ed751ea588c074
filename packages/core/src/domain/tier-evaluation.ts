/** One partner measured against one tier: components, composite, contributions and gates. */
import type { CompetencyFramework, Role } from './competency-framework.ts';
import { type Components, compositeOf, contributionsOf } from './composite.ts';
import { daysBetween } from './dates.ts';
import {
  type CapacityResult,
  capacityFor,
  type OutcomesResult,
  type SkillsResult,
  skillsFor,
} from './readiness-components.ts';
import type { ReadinessFacts } from './readiness-facts.ts';
import type { Component, TierPolicy, TierRule } from './tier-policy.ts';

export interface GateResult {
  gate: 'composite' | 'references' | 'roles-covered' | 'components-above-zero';
  passed: boolean;
  detail: string;
}

export interface TierEvaluation {
  tier: string;
  skills: SkillsResult;
  capacity: CapacityResult;
  outcomes: OutcomesResult;
  components: Components;
  composite: number;
  /** Points of the 100 − composite shortfall each component costs. */
  contributions: Record<Component, number>;
  gates: GateResult[];
  qualifies: boolean;
  referencesInWindow: number;
  uncoveredRoles: Role[];
}

export const evaluateTier = (
  f: ReadinessFacts,
  framework: CompetencyFramework,
  policy: TierPolicy,
  tier: TierRule,
  outcomes: OutcomesResult,
  asOf: string,
): TierEvaluation => {
  const skills = skillsFor(f, framework, tier);
  const capacity = capacityFor(f, policy, tier);
  const components: Components = { skills: skills.value, capacity: capacity.value, outcomes: outcomes.value };
  const composite = compositeOf(components, policy.weights);
  const { gates: g } = tier;
  const referencesInWindow = f.referenceDates.filter((d) => {
    const age = daysBetween(d, asOf);
    return age >= 0 && age < g.referenceWithinDays;
  }).length;
  const uncoveredRoles = g.rolesCovered.filter((r) => (f.qualified[r][tier.level - 1] ?? 0) < 1);
  const zeros = (Object.keys(components) as Component[]).filter((k) => components[k] <= 0);
  const gates: GateResult[] = [
    {
      gate: 'composite',
      passed: composite >= tier.minComposite,
      detail: `composite ${composite.toFixed(1)} vs ${tier.minComposite} required`,
    },
    {
      gate: 'references',
      passed: referencesInWindow >= g.references,
      detail: `${referencesInWindow} verified references in ${g.referenceWithinDays} days vs ${g.references} required`,
    },
    {
      gate: 'roles-covered',
      passed: uncoveredRoles.length === 0,
      detail: uncoveredRoles.length
        ? `no qualified person at level ${tier.level} for: ${uncoveredRoles.join(', ')}`
        : `every required role (${g.rolesCovered.join(', ')}) has a qualified person at level ${tier.level}`,
    },
    {
      gate: 'components-above-zero',
      passed: !g.allComponentsAboveZero || zeros.length === 0,
      detail: zeros.length ? `zero: ${zeros.join(', ')}` : 'skills, capacity and outcomes all above zero',
    },
  ];
  return {
    tier: tier.id,
    skills,
    capacity,
    outcomes,
    components,
    composite,
    contributions: contributionsOf(components, policy.weights),
    gates,
    qualifies: gates.every((x) => x.passed),
    referencesInWindow,
    uncoveredRoles,
  };
};
