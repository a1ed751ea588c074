/**
 * One row per partner, as aggregated by SQL for an as-of date T (src/db/queries/partner-facts.ts).
 * Money is integer cents; dates are ISO `YYYY-MM-DD` strings; counts are over the period
 * (T−periodDays, T] unless the name says otherwise.
 */
export interface PartnerFacts {
  externalId: string;
  name: string;
  type: 'strategic' | 'channel' | 'technology' | 'referral';
  tier: string | null;
  region: string | null;
  segment: string | null;
  joinedOn: string;
  lifecycle: 'onboarding' | 'active' | 'retired';
  executiveSponsor: string | null;
  /** Won in the period, all sources / sourced by the partner. */
  revenueCents: number;
  sourcedRevenueCents: number;
  deals: number;
  /** Open at T, and open at T − activeDays (for the pipeline trend). */
  pipelineCents: number;
  pipelinePriorCents: number;
  /** Part of pipelinePriorCents that was won by T (left the pipeline for a good reason). */
  wonFromPriorCents: number;
  openOpportunities: number;
  firstWonOn: string | null;
  lastWonOn: string | null;
  /** Latest of: activity, meeting held, opportunity created, deal won (on or before T). */
  lastActivityOn: string | null;
  activitiesRecent: number;
  trainingsCompleted: number;
  portalLogins: number;
  dealRegistrations: number;
  coMarketing: number;
  coInnovation: number;
  enablementSessionsRecent: number;
  opportunitiesCreated: number;
  opportunitiesRegistered: number;
  /** Of opportunitiesCreated, those whose registration is unknown (the export did not say). */
  opportunitiesRegistrationUnknown: number;
  qbrScheduled: number;
  qbrHeld: number;
  lastQbrHeldOn: string | null;
  meetingsScheduled: number;
  meetingsHeld: number;
  survey: {
    respondedOn: string;
    satisfaction: number | null;
    training: number | null;
    resources: number | null;
    support: number | null;
  } | null;
  surveyedInPeriod: boolean;
  /** A champion left on or before T and no current champion replaced them. */
  championDeparted: { name: string; leftOn: string } | null;
  currentContacts: number;
}
