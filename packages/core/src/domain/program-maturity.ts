/**
 * The readiness program's own maturity model as the domain sees it (validated by src/frameworks):
 * the seed's six capabilities, each scored 1–5 from its from-state to its to-state, with an owner
 * and the primary KPIs that are computed for it. Definitions: docs/governance.md#maturity.
 */

/** The seed's six capabilities, in the matrix's order. */
export const maturityCapabilities = [
  'competency-model',
  'assessment-design',
  'operational-data',
  'readiness-tiering',
  'continuous-improvement',
  'market-signal',
] as const;
export type MaturityCapabilityId = (typeof maturityCapabilities)[number];

/** Every KPI Trellis knows how to compute (a framework may name only these). */
export const maturityKpis = [
  'skill_coverage',
  'ramp_time',
  'pass_band_validity',
  'calibration_agreement',
  'data_freshness',
  'time_to_first_win',
  'win_rate',
  'delivery_quality',
  'time_to_live',
  'gap_closure_rate',
  'ceus_earned',
  'expansion',
  'qualified_pipeline_influence',
] as const;
export type MaturityKpiId = (typeof maturityKpis)[number];

/**
 * share 0–1; days; correlation −1…1 (with n and p); coefficient: an agreement coefficient ≤ 1
 * (Krippendorff's alpha); score: CSAT 0–10; count; ratio: one group's figure over another's.
 */
export const kpiUnits = ['share', 'days', 'correlation', 'coefficient', 'score', 'count', 'ratio'] as const;
export type KpiUnit = (typeof kpiUnits)[number];

export interface MaturityKpi {
  id: MaturityKpiId;
  name: string;
  unit: KpiUnit;
  /** Which way is good, for trends. */
  better: 'higher' | 'lower';
}

export interface MaturityCapability {
  id: MaturityCapabilityId;
  name: string;
  /** The state at level 1. */
  from: string;
  /** The state at level 5. */
  to: string;
  owner: string;
  kpis: MaturityKpi[];
}

export interface MaturityLevel {
  level: 1 | 2 | 3 | 4 | 5;
  name: string;
  description: string;
}

export interface ProgramMaturityFramework {
  kind: 'readiness-program-maturity';
  version: string;
  title: string;
  levels: MaturityLevel[];
  capabilities: MaturityCapability[];
}
