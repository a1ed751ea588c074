/** The tier policy as the domain sees it (validated by src/frameworks). */
import type { Role } from './competency-framework.ts';

export const components = ['skills', 'capacity', 'outcomes'] as const;
export type Component = (typeof components)[number];

export const outcomeSignals = [
  'csat',
  'defect_rate',
  'time_to_live',
  'renewal_rate',
  'expansion_rate',
  'win_rate',
] as const;
export type OutcomeSignal = (typeof outcomeSignals)[number];

export interface OutcomeRule {
  id: OutcomeSignal;
  name: string;
  better: 'higher' | 'lower';
  /** Normalised value 0 at `floor`, 1 at `target` (clamped). */
  floor: number;
  target: number;
  /** Assumed normalised value with no data; blended by confidence = min(1, n / minSample). */
  prior: number;
  minSample: number;
  weight: number;
}

export interface TierGates {
  references: number;
  referenceWithinDays: number;
  rolesCovered: Role[];
  allComponentsAboveZero: boolean;
}

export interface TierRule {
  id: string;
  name: string;
  minComposite: number;
  /** Competency level the tier requires (skills and qualified headcount). */
  level: number;
  headcount: Partial<Record<Role, number>>;
  gates: TierGates;
}

export interface TierPolicy {
  kind: 'tier-policy';
  version: string;
  competencyFramework: string;
  weights: Record<Component, number>;
  outcomes: { windowDays: number; signals: OutcomeRule[] };
  demand: { projectsPerConsultant: number; opportunitiesPerSeller: number };
  gracePeriods: number;
  /** Ascending: the first is the lowest tier. */
  tiers: TierRule[];
  remediation: RemediationSettings;
}

export const gapKinds = ['competency', 'headcount', 'references', 'composite', 'component'] as const;
export type GapKind = (typeof gapKinds)[number];
export type Bucket = 'days30' | 'days60' | 'days90';

export interface RemediationSettings {
  owner: string;
  mentors: Record<Role | 'other', string>;
  actions: Record<GapKind, { bucket: Bucket; title: string }>;
}
