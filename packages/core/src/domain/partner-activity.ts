/** Activity measures of one partner as of T (docs/metrics.md#activity-and-engagement). */
import { daysBetween } from './dates.ts';
import type { PartnerFacts } from './partner-facts.ts';
import type { MetricSettings } from './program-framework.ts';

export type EngagementLevel = 'high' | 'medium' | 'low';

export const daysSinceActivity = (p: PartnerFacts, asOf: string): number | null =>
  p.lastActivityOn ? daysBetween(p.lastActivityOn, asOf) : null;

/** From the count of activities in the last activeDays, with the framework's thresholds. */
export const engagementLevel = (p: PartnerFacts, metrics: MetricSettings): EngagementLevel =>
  p.activitiesRecent >= metrics.engagementLevels.high
    ? 'high'
    : p.activitiesRecent >= metrics.engagementLevels.medium
      ? 'medium'
      : 'low';

/** Active = any activity, meeting held, opportunity created or deal won in (T − activeDays, T]. */
export const isActive = (p: PartnerFacts, asOf: string, metrics: MetricSettings): boolean => {
  const idle = daysSinceActivity(p, asOf);
  return idle !== null && idle < metrics.activeDays;
};

/** Days from joining to the first won opportunity; null when it has none. */
export const timeToFirstDealDays = (p: PartnerFacts): number | null =>
  p.firstWonOn ? daysBetween(p.joinedOn, p.firstWonOn) : null;
