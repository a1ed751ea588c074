/** Deliverable 1: overall maturity, value realised, top three improvements (the plan's first three). */

import { doThisFirst, type PartnershipPlan } from './partnership-plan.ts';
import type { ProgramFigures } from './program-figures.ts';
import type { Overall } from './scorecard.ts';

export interface ExecutiveSummary {
  overall: { score: number; band: string };
  value: {
    partnerSourcedRevenueCents: number;
    revenueShare: number | null;
    partners: number;
    active: number;
    engaged: number;
    passive: number;
    atRisk: number;
    dormant: number;
  };
  topImprovements: { action: string; title: string }[];
}

export const buildExecutiveSummary = (
  overall: Overall,
  figures: ProgramFigures,
  plan: PartnershipPlan,
): ExecutiveSummary => ({
  overall: { score: overall.score, band: overall.band },
  value: {
    partnerSourcedRevenueCents: figures.sourcedRevenueCents,
    revenueShare: figures.revenueShare,
    partners: figures.partners,
    active: figures.active,
    engaged: figures.health.engaged,
    passive: figures.health.passive,
    atRisk: figures.health['at-risk'],
    dormant: figures.health.dormant,
  },
  // The first three of the plan, in its order: a high-effort action of days 61–90 never comes
  // before what the team does in the first 30 days, however large its gap.
  topImprovements: doThisFirst(plan)
    .slice(0, 3)
    .map((i) => ({ action: i.action, title: i.title })),
});
