/** A partner's facts plus what the domain derives from them as of T. */

import { type EngagementLevel, engagementLevel, isActive, timeToFirstDealDays } from './partner-activity.ts';
import type { PartnerFacts } from './partner-facts.ts';
import { assessHealth, type Health } from './partner-health.ts';
import type { ProgramFramework } from './program-framework.ts';

export interface PartnerView {
  facts: PartnerFacts;
  health: Health;
  active: boolean;
  engagement: EngagementLevel;
  timeToFirstDealDays: number | null;
}

/** Retired partners are outside the program's figures (docs/metrics.md#partners-in-scope). */
export const derivePartnerViews = (
  facts: PartnerFacts[],
  asOf: string,
  framework: ProgramFramework,
): PartnerView[] =>
  facts
    .filter((f) => f.lifecycle !== 'retired')
    .map((f) => ({
      facts: f,
      health: assessHealth(f, asOf, framework.health, framework.metrics),
      active: isActive(f, asOf, framework.metrics),
      engagement: engagementLevel(f, framework.metrics),
      timeToFirstDealDays: timeToFirstDealDays(f),
    }));
