/** Deliverable 5: per-partner performance, top contributors, underperformers, program aggregates. */

import { compareText } from './compare.ts';
import type { EngagementLevel } from './partner-activity.ts';
import type { HealthState } from './partner-health.ts';
import type { PartnerView } from './partner-view.ts';
import { topPerformers } from './portfolio-map.ts';
import type { ProgramFigures } from './program-figures.ts';
import type { ProgramFramework } from './program-framework.ts';
import { sum } from './statistics.ts';

export interface PartnerPerformance {
  externalId: string;
  name: string;
  type: string;
  /** The program tier recorded in the CRM (not the readiness tier Trellis computes). */
  programTier: string | null;
  pipelineCents: number;
  revenueCents: number;
  sourcedRevenueCents: number;
  deals: number;
  engagement: EngagementLevel;
  activitiesRecent: number;
  satisfaction: number | null;
  timeToFirstDealDays: number | null;
  health: HealthState;
  lastActivityOn: string | null;
}

export interface PerformanceDashboard {
  partners: PartnerPerformance[];
  topContributors: string[];
  underperformers: { externalId: string; name: string; why: string }[];
  aggregates: {
    revenueCents: number;
    sourcedRevenueCents: number;
    pipelineCents: number;
    deals: number;
    avgTimeToFirstDealDays: number | null;
    medianTimeToFirstDealDays: number | null;
    activeShare: number | null;
    avgSatisfaction: number | null;
  };
}

export const buildPerformanceDashboard = (
  views: PartnerView[],
  figures: ProgramFigures,
  framework: ProgramFramework,
): PerformanceDashboard => {
  const total = sum(views.map((v) => v.facts.revenueCents));
  const sorted = [...views].sort(
    (a, b) => b.facts.revenueCents - a.facts.revenueCents || compareText(a.facts.name, b.facts.name),
  );
  const { underperformerMaxShare, underperformerLevels, activeDays } = framework.metrics;
  const underperformers = sorted
    .filter((v) => v.facts.lifecycle === 'active')
    .filter(
      (v) =>
        v.health.state === 'dormant' ||
        ((total === 0 || v.facts.revenueCents / total < underperformerMaxShare) &&
          underperformerLevels.includes(v.engagement)),
    )
    .reverse()
    .map((v) => ({
      externalId: v.facts.externalId,
      name: v.facts.name,
      why:
        v.health.state === 'dormant'
          ? `dormant: ${v.health.reasons.map((r) => r.text).join(', ')}`
          : `${v.facts.deals} ${v.facts.deals === 1 ? 'deal' : 'deals'} in the period, ${v.engagement} engagement (${v.facts.activitiesRecent} activities in ${activeDays} days)`,
    }));
  return {
    partners: sorted.map((v) => ({
      externalId: v.facts.externalId,
      name: v.facts.name,
      type: v.facts.type,
      programTier: v.facts.tier,
      pipelineCents: v.facts.pipelineCents,
      revenueCents: v.facts.revenueCents,
      sourcedRevenueCents: v.facts.sourcedRevenueCents,
      deals: v.facts.deals,
      engagement: v.engagement,
      activitiesRecent: v.facts.activitiesRecent,
      satisfaction: v.facts.survey?.satisfaction ?? null,
      timeToFirstDealDays: v.timeToFirstDealDays,
      health: v.health.state,
      lastActivityOn: v.facts.lastActivityOn,
    })),
    topContributors: topPerformers(views, framework).map((p) => p.externalId),
    underperformers,
    aggregates: {
      revenueCents: figures.revenueCents,
      sourcedRevenueCents: figures.sourcedRevenueCents,
      pipelineCents: figures.pipelineCents,
      deals: figures.deals,
      avgTimeToFirstDealDays: figures.timeToFirstDeal.meanDays,
      medianTimeToFirstDealDays: figures.timeToFirstDeal.medianDays,
      activeShare: figures.activeShare,
      avgSatisfaction: figures.satisfaction.mean,
    },
  };
};
