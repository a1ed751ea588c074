import { addDays } from '../../domain/dates.ts';
import type { PartnerFacts } from '../../domain/partner-facts.ts';
import type { SqlClient } from '../sql-client.ts';
import { PARTNER_FACTS_SQL } from './partner-facts.sql.ts';

/** Written out, not inferred: one aggregate row per partner, computed by PARTNER_FACTS_SQL. */
interface Row {
  external_id: string;
  name: string;
  type: PartnerFacts['type'];
  tier: string | null;
  region: string | null;
  segment: string | null;
  joined_on: string;
  lifecycle: PartnerFacts['lifecycle'];
  executive_sponsor: string | null;
  revenue_cents: number;
  sourced_cents: number;
  deals: number;
  pipeline_cents: number;
  pipeline_prior_cents: number;
  won_from_prior_cents: number;
  open_opps: number;
  first_won: string | null;
  last_won: string | null;
  last_activity: string | null;
  recent: number;
  trainings: number;
  portal_logins: number;
  deal_regs: number;
  co_marketing: number;
  co_innovation: number;
  enablement_recent: number;
  created: number;
  registered: number;
  registration_unknown: number;
  qbr_scheduled: number;
  qbr_held: number;
  last_qbr: string | null;
  scheduled: number;
  held: number;
  responded_on: string | null;
  satisfaction: number | null;
  training: number | null;
  resources: number | null;
  support: number | null;
  contacts: number;
  has_champion: boolean;
  departed_name: string | null;
  departed_on: string | null;
}

export interface FactsWindow {
  asOf: string;
  periodDays: number;
  activeDays: number;
}

export const periodStartOf = (w: FactsWindow): string => addDays(w.asOf, -w.periodDays);

/** Loads the per-partner aggregates for one org as of a date (one query, one row per partner). */
export const loadPartnerFacts = async (
  db: SqlClient,
  orgId: string,
  w: FactsWindow,
): Promise<PartnerFacts[]> => {
  const rows = await db.query<Row>(PARTNER_FACTS_SQL, [
    orgId,
    w.asOf,
    periodStartOf(w),
    addDays(w.asOf, -w.activeDays),
  ]);
  return rows.map(toFacts(periodStartOf(w)));
};

const toFacts =
  (periodStart: string) =>
  (r: Row): PartnerFacts => ({
    externalId: r.external_id,
    name: r.name,
    type: r.type,
    tier: r.tier,
    region: r.region,
    segment: r.segment,
    joinedOn: r.joined_on,
    lifecycle: r.lifecycle,
    executiveSponsor: r.executive_sponsor,
    revenueCents: r.revenue_cents,
    sourcedRevenueCents: r.sourced_cents,
    deals: r.deals,
    pipelineCents: r.pipeline_cents,
    pipelinePriorCents: r.pipeline_prior_cents,
    wonFromPriorCents: r.won_from_prior_cents,
    openOpportunities: r.open_opps,
    firstWonOn: r.first_won,
    lastWonOn: r.last_won,
    lastActivityOn: r.last_activity,
    activitiesRecent: r.recent,
    trainingsCompleted: r.trainings,
    portalLogins: r.portal_logins,
    dealRegistrations: r.deal_regs,
    coMarketing: r.co_marketing,
    coInnovation: r.co_innovation,
    enablementSessionsRecent: r.enablement_recent,
    opportunitiesCreated: r.created,
    opportunitiesRegistered: r.registered,
    opportunitiesRegistrationUnknown: r.registration_unknown,
    qbrScheduled: r.qbr_scheduled,
    qbrHeld: r.qbr_held,
    lastQbrHeldOn: r.last_qbr,
    meetingsScheduled: r.scheduled,
    meetingsHeld: r.held,
    survey: r.responded_on
      ? {
          respondedOn: r.responded_on,
          satisfaction: r.satisfaction,
          training: r.training,
          resources: r.resources,
          support: r.support,
        }
      : null,
    surveyedInPeriod: r.responded_on !== null && r.responded_on > periodStart,
    championDeparted:
      !r.has_champion && r.departed_on
        ? { name: r.departed_name ?? 'champion', leftOn: r.departed_on }
        : null,
    currentContacts: r.contacts,
  });
