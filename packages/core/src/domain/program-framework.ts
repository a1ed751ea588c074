/** The program-readiness framework as the domain sees it (validated by src/frameworks). */
import type { ObjectiveMetric } from './brief.ts';
import type { CostLevel, Effort, LevelName } from './plan-types.ts';
import type { SignalMetric } from './signal-metrics.ts';

export interface Band {
  name: string;
  min: number;
  description: string;
}

export interface SignalRule {
  metric: SignalMetric;
  better: 'higher' | 'lower';
  /** Four cut points; see `suggestScore`. */
  cuts: number[];
}

export interface Criterion {
  id: string;
  text: string;
  signal?: SignalRule;
  actions: string[];
}

export interface Dimension {
  id: string;
  name: string;
  weight: number;
  criteria: Criterion[];
}

export type ActionCondition = { metric: CountMetric; min: number };

/** Counts an action title may name or an action condition may test. */
export type CountMetric =
  | 'passive_partners'
  | 'dormant_partners'
  | 'at_risk_partners'
  | 'uncovered_markets'
  | 'strategic_without_sponsor'
  | 'single_threaded_partners';

export interface Action {
  id: string;
  title: string;
  practice: number;
  effort: Effort;
  cost: CostLevel;
  executive?: boolean;
  after?: string[];
  when?: ActionCondition;
  objectives?: ObjectiveMetric[];
  area?: 'training' | 'resources' | 'support';
}

export interface MetricSettings {
  periodDays: number;
  activeDays: number;
  engagementLevels: { high: number; medium: number };
  qbrPartnerTypes: string[];
  topContributorMinShare: number;
  underperformerMaxShare: number;
  underperformerLevels: ('high' | 'medium' | 'low')[];
  surveyTarget: number;
  /** Signals resting on fewer records than this are flagged as a small sample. */
  minSample: number;
  /** The dimension whose gaps the enablement analysis recommends on. */
  enablementDimension: string;
}

export interface HealthSettings {
  dormantDays: number;
  engagedDays: number;
  wonWithinDays: number;
  risks: {
    championDeparted: boolean;
    lowSatisfactionAtMost: number;
    pipelineDropShare: number;
    qbrOverdueDays: number;
  };
}

export interface PlanSettings {
  targetScore: number;
  buckets: Record<Effort, 'days30' | 'days60' | 'days90'>;
  actionsPerPersonPerBucket: number;
  budgetLevels: Record<LevelName, CostLevel>;
  executiveActions: Record<LevelName, number>;
  objectiveRelevanceWeight: number;
}

export interface ProgramFramework {
  kind: 'program-readiness';
  version: string;
  title: string;
  bands: Band[];
  metrics: MetricSettings;
  health: HealthSettings;
  plan: PlanSettings;
  dimensions: Dimension[];
  practices: { id: number; text: string }[];
  actions: Action[];
}
