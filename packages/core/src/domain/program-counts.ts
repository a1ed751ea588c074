/** Counts the action library may test (`when`), and the phrases titles name ({passive}, {topN} …). */

import { partnersPhrase } from './action-titles.ts';
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
      passive: partnersPhrase(values.passive_partners, 'passive'),
      dormant: partnersPhrase(values.dormant_partners, 'dormant'),
      atRisk: partnersPhrase(values.at_risk_partners, 'at-risk'),
      strategicWithoutSponsor: partnersPhrase(values.strategic_without_sponsor, 'strategic'),
      singleThreaded: partnersPhrase(values.single_threaded_partners, 'single-threaded'),
      topN: String(Math.max(1, Math.min(TOP_N, producing))),
      uncoveredMarkets: uncovered
        .map((m) => (m.status === 'none' ? m.name : `${m.name} (underserved)`))
        .join(', '),
    },
  };
};
