/** Coverage of the brief's target regions and segments by partners (active and all). */
import type { Brief } from './brief.ts';
import type { PartnerView } from './partner-view.ts';

export interface MarketCoverage {
  kind: 'region' | 'segment';
  name: string;
  partners: number;
  activePartners: number;
  /** `none`: no partner at all; `inactive`: partners, none active (underserved); `covered`. */
  status: 'none' | 'inactive' | 'covered';
}

const norm = (s: string | null) => (s ?? '').trim().toLowerCase();

export const marketCoverage = (views: PartnerView[], brief: Brief): MarketCoverage[] => {
  const markets = [
    ...brief.context.targetRegions.map((name) => ({ kind: 'region' as const, name })),
    ...brief.context.targetSegments.map((name) => ({ kind: 'segment' as const, name })),
  ];
  return markets.map(({ kind, name }) => {
    const inMarket = views.filter(
      (v) => norm(kind === 'region' ? v.facts.region : v.facts.segment) === norm(name),
    );
    const activePartners = inMarket.filter((v) => v.active).length;
    const status = inMarket.length === 0 ? 'none' : activePartners === 0 ? 'inactive' : 'covered';
    return { kind, name, partners: inMarket.length, activePartners, status };
  });
};

export const uncoveredMarkets = (coverage: MarketCoverage[]): MarketCoverage[] =>
  coverage.filter((c) => c.status !== 'covered');
