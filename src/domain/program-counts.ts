/** Counts the action library may test (`when`) and name in titles ({passive}, {topN} …). */
import type { Brief } from './brief.ts';
import { marketCoverage, uncoveredMarkets } from './market-coverage.ts';
import type { PartnerView } from './partner-view.ts';
import type { CountMetric } from './program-framework.ts';

export interface ProgramCounts {
  values: Record<CountMetric, number>;
  /** Text substitutions for action titles. */
  words: Record<string, string>;
}

/** How many partners "top" plays address: the seed's "top 10", fewer if fewer produce revenue. */
const TOP_N = 10;

export const computeProgramCounts = (views: PartnerView[], brief: Brief): ProgramCounts => {
  const count = (test: (v: PartnerView) => boolean) => views.filter(test).length;
  const uncovered = uncoveredMarkets(marketCoverage(views, brief));
  const values: Record<CountMetric, number> = {
    passive_partners: count((v) => v.health.state === 'passive'),
    dormant_partners: count((v) => v.health.state === 'dormant'),
    at_risk_partners: count((v) => v.health.state === 'at-risk'),
    uncovered_markets: uncovered.length,
    strategic_without_sponsor: count((v) => v.facts.type === 'strategic' && !v.facts.executiveSponsor),
    single_threaded_partners: count((v) => v.facts.currentContacts <= 1),
  };
  const producing = count((v) => v.facts.revenueCents > 0);
  return {
    values,
    words: {
      passive: String(values.passive_partners),
      dormant: String(values.dormant_partners),
      atRisk: String(values.at_risk_partners),
      strategicWithoutSponsor: String(values.strategic_without_sponsor),
      singleThreaded: String(values.single_threaded_partners),
      topN: String(Math.max(1, Math.min(TOP_N, producing))),
      uncoveredMarkets: uncovered
        .map((m) => (m.status === 'none' ? m.name : `${m.name} (underserved)`))
        .join(', '),
    },
  };
};

export const fillTitle = (title: string, words: Record<string, string>): string =>
  title.replace(/\{(\w+)\}/g, (whole, key: string) => words[key] ?? whole);
