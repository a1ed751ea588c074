/** The seed's three variables (context, objectives, constraints), structured. */
import type { LevelName } from './plan-types.ts';

export const objectiveMetrics = [
  'partner_revenue',
  'revenue_share',
  'satisfaction',
  'active_share',
  'time_to_first_deal',
  'co_innovation',
] as const;
export type ObjectiveMetric = (typeof objectiveMetrics)[number];

export interface Objective {
  metric: ObjectiveMetric;
  target: number;
  deadline?: string;
  note?: string;
}

export interface ManualScore {
  criterion: string;
  score: number;
  reason: string;
}

export interface Brief {
  name: string;
  asOf?: string;
  context: {
    notes?: string;
    companyRevenue?: number;
    tools?: string[];
    targetRegions: string[];
    targetSegments: string[];
  };
  objectives: Objective[];
  initiatives: { title: string; count?: number; deadline?: string }[];
  constraints: {
    teamSize: number;
    budget: LevelName;
    executiveBandwidth: LevelName;
    notes?: string;
  };
  scores: ManualScore[];
}
