/**
 * The program assessment: partner facts (one row per partner from SQL) + framework + brief + as-of
 * date in, the six deliverables out. Pure: same input, same output.
 */
import type { Brief } from './brief.ts';
import { type CriterionScore, scoreCriteria } from './criterion-scores.ts';
import { buildEnablementGaps, type EnablementGaps } from './enablement-gaps.ts';
import { buildExecutiveSummary, type ExecutiveSummary } from './executive-summary.ts';
import type { PartnerFacts } from './partner-facts.ts';
import { derivePartnerViews, type PartnerView } from './partner-view.ts';
import { buildPlan, type PartnershipPlan } from './partnership-plan.ts';
import { buildPerformanceDashboard, type PerformanceDashboard } from './performance-dashboard.ts';
import { buildPortfolioMap, type PortfolioMap } from './portfolio-map.ts';
import { computeProgramCounts, type ProgramCounts } from './program-counts.ts';
import { computeProgramFigures, type ProgramFigures } from './program-figures.ts';
import type { ProgramFramework } from './program-framework.ts';
import { computeSignal } from './program-signals.ts';
import type { DataCoverage } from './record-kinds.ts';
import { buildScorecard, type DimensionScore, type Overall, overallScore } from './scorecard.ts';
import { missingSources } from './signal-sources.ts';

export interface ProgramAssessment {
  asOf: string;
  periodStart: string;
  views: PartnerView[];
  figures: ProgramFigures;
  counts: ProgramCounts;
  criteria: CriterionScore[];
  overall: Overall;
  summary: ExecutiveSummary;
  scorecard: DimensionScore[];
  portfolio: PortfolioMap;
  enablement: EnablementGaps;
  performance: PerformanceDashboard;
  plan: PartnershipPlan;
  coverage: DataCoverage;
}

export const assessProgram = (
  facts: PartnerFacts[],
  framework: ProgramFramework,
  brief: Brief,
  asOf: string,
  periodStart: string,
  coverage: DataCoverage,
): ProgramAssessment => {
  const views = derivePartnerViews(facts, asOf, framework);
  const figures = computeProgramFigures(views, brief);
  const counts = computeProgramCounts(views, brief);
  const ctx = { views, figures, brief, metrics: framework.metrics };
  const criteria = scoreCriteria(
    framework,
    (rule) => computeSignal(rule.metric, ctx),
    brief.scores,
    (rule) => missingSources(rule.metric, coverage),
  );
  const scorecard = buildScorecard(framework, criteria);
  const overall = overallScore(framework, scorecard);
  const plan = buildPlan(framework, criteria, brief, counts, figures);
  return {
    asOf,
    periodStart,
    views,
    figures,
    counts,
    criteria,
    overall,
    summary: buildExecutiveSummary(overall, figures, plan),
    scorecard,
    portfolio: buildPortfolioMap(views, framework, brief),
    enablement: buildEnablementGaps(figures, criteria, framework, counts.words),
    performance: buildPerformanceDashboard(views, figures, framework),
    plan,
    coverage,
  };
};
