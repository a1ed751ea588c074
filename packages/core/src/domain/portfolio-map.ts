/** Deliverable 3: partners by type × health with revenue, top performers, coverage gaps, at-risk. */

import type { Brief } from './brief.ts';
import { compareText } from './compare.ts';
import { type MarketCoverage, marketCoverage, uncoveredMarkets } from './market-coverage.ts';
import { type HealthReason, type HealthState, healthStates } from './partner-health.ts';
import type { PartnerView } from './partner-view.ts';
import type { ProgramFramework } from './program-framework.ts';
import { sum } from './statistics.ts';

export interface PortfolioSegment {
  type: string;
  partners: number;
  revenueCents: number;
  health: Record<HealthState, { partners: number; revenueCents: number }>;
  /** Onboarding partners (launching) and active, passive ones that never won a deal (stalled). */
  launching: number;
  stalled: number;
}

export interface PartnerRef {
  externalId: string;
  name: string;
  type: string;
  revenueCents: number;
}

export interface PortfolioMap {
  segments: PortfolioSegment[];
  topPerformers: (PartnerRef & { revenueShare: number; deals: number })[];
  coverage: MarketCoverage[];
  coverageGaps: MarketCoverage[];
  atRisk: (PartnerRef & { reasons: HealthReason[] })[];
}

const ref = (v: PartnerView): PartnerRef => ({
  externalId: v.facts.externalId,
  name: v.facts.name,
  type: v.facts.type,
  revenueCents: v.facts.revenueCents,
});

const byRevenue = (a: PartnerView, b: PartnerView) =>
  b.facts.revenueCents - a.facts.revenueCents || compareText(a.facts.name, b.facts.name);

const typeOrder = ['strategic', 'channel', 'technology', 'referral'];

/** Healthy partners carrying at least the framework's share of partner revenue. */
export const topPerformers = (
  views: PartnerView[],
  framework: ProgramFramework,
): PortfolioMap['topPerformers'] => {
  const total = sum(views.map((v) => v.facts.revenueCents));
  if (total === 0) return [];
  return views
    .filter((v) => v.health.state === 'engaged' || v.health.state === 'passive')
    .filter((v) => v.facts.revenueCents / total >= framework.metrics.topContributorMinShare)
    .sort(byRevenue)
    .map((v) => ({ ...ref(v), revenueShare: v.facts.revenueCents / total, deals: v.facts.deals }));
};

export const buildPortfolioMap = (
  views: PartnerView[],
  framework: ProgramFramework,
  brief: Brief,
): PortfolioMap => {
  const types = [...new Set(views.map((v) => v.facts.type))].sort(
    (a, b) => typeOrder.indexOf(a) - typeOrder.indexOf(b),
  );
  const segments = types.map((type): PortfolioSegment => {
    const own = views.filter((v) => v.facts.type === type);
    const health = Object.fromEntries(
      healthStates.map((s) => {
        const inState = own.filter((v) => v.health.state === s);
        return [s, { partners: inState.length, revenueCents: sum(inState.map((v) => v.facts.revenueCents)) }];
      }),
    ) as PortfolioSegment['health'];
    return {
      type,
      partners: own.length,
      revenueCents: sum(own.map((v) => v.facts.revenueCents)),
      health,
      launching: own.filter((v) => v.facts.lifecycle === 'onboarding').length,
      stalled: own.filter(
        (v) => v.facts.lifecycle === 'active' && v.facts.firstWonOn === null && v.health.state === 'passive',
      ).length,
    };
  });
  const coverage = marketCoverage(views, brief);
  return {
    segments,
    topPerformers: topPerformers(views, framework),
    coverage,
    coverageGaps: uncoveredMarkets(coverage),
    atRisk: views
      .filter((v) => v.health.state === 'at-risk')
      .sort(byRevenue)
      .map((v) => ({
        ...ref(v),
        reasons: v.health.reasons.filter((r) => r.kind === 'risk' || r.kind === 'note'),
      })),
  };
};
