/**
 * The three readiness components of one partner against one tier's requirements, each in [0, 1]
 * with the records behind it (docs/readiness.md#skills, #capacity, #outcomes).
 */
import type { CompetencyFramework, Role } from './competency-framework.ts';
import type { ReadinessFacts } from './readiness-facts.ts';
import type { OutcomeRule, TierPolicy, TierRule } from './tier-policy.ts';

export interface SkillsResult {
  value: number;
  required: { competency: string; name: string; role: Role; level: number; demonstrated: number }[];
  missing: { competency: string; name: string; role: Role; level: number; demonstrated: number }[];
}

/** Share of the tier's required competencies (all competencies of its roles) demonstrated at its level. */
export const skillsFor = (
  f: ReadinessFacts,
  framework: CompetencyFramework,
  tier: TierRule,
): SkillsResult => {
  const tierRoles = Object.keys(tier.headcount) as Role[];
  const required = framework.roles
    .filter((r) => tierRoles.includes(r.id))
    .flatMap((r) =>
      r.competencies.map((c) => ({
        competency: c.id,
        name: c.name,
        role: r.id,
        level: tier.level,
        demonstrated: f.competencyLevels[c.id] ?? 0,
      })),
    );
  const missing = required.filter((x) => x.demonstrated < x.level);
  return {
    value: required.length ? (required.length - missing.length) / required.length : 1,
    required,
    missing,
  };
};

export interface RoleCapacity {
  role: Role;
  qualified: number;
  /** max(tier headcount, open demand). */
  needed: number;
  headcount: number;
  demand: number;
  ratio: number;
}

export interface CapacityResult {
  value: number;
  roles: RoleCapacity[];
}

/** Open demand per role: implementation from active projects, sales from open opportunities. */
const demandFor = (role: Role, f: ReadinessFacts, policy: TierPolicy): number =>
  role === 'implementation'
    ? Math.ceil(f.activeProjects / policy.demand.projectsPerConsultant)
    : role === 'sales'
      ? Math.ceil(f.openOpportunities / policy.demand.opportunitiesPerSeller)
      : 0;

/** Mean over the tier's roles of qualified people ÷ what the tier and the open demand need (capped at 1). */
export const capacityFor = (f: ReadinessFacts, policy: TierPolicy, tier: TierRule): CapacityResult => {
  const roles = (Object.entries(tier.headcount) as [Role, number][]).map(
    ([role, headcount]): RoleCapacity => {
      const qualified = f.qualified[role][tier.level - 1] ?? 0;
      const demand = demandFor(role, f, policy);
      const needed = Math.max(headcount, demand);
      return {
        role,
        qualified,
        needed,
        headcount,
        demand,
        ratio: needed > 0 ? Math.min(1, qualified / needed) : 1,
      };
    },
  );
  const value = roles.length ? roles.reduce((a, r) => a + r.ratio, 0) / roles.length : 1;
  return { value, roles };
};

export interface OutcomeDetail {
  signal: OutcomeRule['id'];
  name: string;
  n: number;
  raw: number | null;
  normalised: number | null;
  confidence: number;
  /** confidence × normalised + (1 − confidence) × prior. */
  value: number;
  prior: number;
  weight: number;
}

export interface OutcomesResult {
  value: number;
  /** Weighted mean confidence across the signals: how much of the value rests on data. */
  confidence: number;
  signals: OutcomeDetail[];
}

const normalise = (rule: OutcomeRule, raw: number): number => {
  const t = (raw - rule.floor) / (rule.target - rule.floor);
  return Math.min(1, Math.max(0, t));
};

/** Outcome signals normalised to [0, 1], shrunk toward the stated prior when samples are small. */
export const outcomesFor = (f: ReadinessFacts, policy: TierPolicy): OutcomesResult => {
  const signals = policy.outcomes.signals.map((rule): OutcomeDetail => {
    const sample = f.outcomes[rule.id];
    const normalised = sample.value === null ? null : normalise(rule, sample.value);
    const confidence = normalised === null ? 0 : Math.min(1, sample.n / rule.minSample);
    const value = confidence * (normalised ?? 0) + (1 - confidence) * rule.prior;
    return {
      signal: rule.id,
      name: rule.name,
      n: sample.n,
      raw: sample.value,
      normalised,
      confidence,
      value,
      prior: rule.prior,
      weight: rule.weight,
    };
  });
  const total = signals.reduce((a, s) => a + s.weight, 0);
  return {
    value: signals.reduce((a, s) => a + s.weight * s.value, 0) / total,
    confidence: signals.reduce((a, s) => a + s.weight * s.confidence, 0) / total,
    signals,
  };
};
