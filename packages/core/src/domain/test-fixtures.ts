/** Builders for domain tests: a neutral partner and the real v1 framework's settings. */
import type { Brief } from './brief.ts';
import type { PartnerFacts } from './partner-facts.ts';
import type { SignalValue } from './program-signals.ts';

export const AS_OF = '2026-09-30';

export const partner = (over: Partial<PartnerFacts> = {}): PartnerFacts => ({
  externalId: 'P-1',
  name: 'Partner 1',
  type: 'channel',
  tier: null,
  region: 'NA',
  segment: 'SMB',
  joinedOn: '2025-01-01',
  lifecycle: 'active',
  executiveSponsor: null,
  revenueCents: 0,
  sourcedRevenueCents: 0,
  deals: 0,
  pipelineCents: 0,
  pipelinePriorCents: 0,
  wonFromPriorCents: 0,
  openOpportunities: 0,
  firstWonOn: null,
  lastWonOn: null,
  lastActivityOn: null,
  activitiesRecent: 0,
  trainingsCompleted: 0,
  portalLogins: 0,
  dealRegistrations: 0,
  coMarketing: 0,
  coInnovation: 0,
  enablementSessionsRecent: 0,
  opportunitiesCreated: 0,
  opportunitiesRegistered: 0,
  opportunitiesRegistrationUnknown: 0,
  qbrScheduled: 0,
  qbrHeld: 0,
  lastQbrHeldOn: null,
  meetingsScheduled: 0,
  meetingsHeld: 0,
  survey: null,
  surveyedInPeriod: false,
  championDeparted: null,
  currentContacts: 1,
  ...over,
});

export const brief = (over: Partial<Brief> = {}): Brief => ({
  name: 'Test program',
  context: { targetRegions: ['NA'], targetSegments: ['SMB'], companyRevenue: 1_000_000 },
  objectives: [],
  initiatives: [],
  constraints: { teamSize: 2, budget: 'limited', executiveBandwidth: 'limited' },
  scores: [],
  ...over,
});

/** A signal with no data: criteria fall back to manual scores. */
export const noSignal = (): SignalValue => ({
  metric: 'satisfaction_mean',
  value: null,
  unit: 'score10',
  basis: '',
  sample: null,
  units: [],
});
