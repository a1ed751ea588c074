/**
 * The program over quarters (GET …/history) and outcomes between two dates (GET …/history/outcomes):
 * what the history page, its API and the documents read.
 */
import { z } from 'zod';
import { isoDate } from './common.ts';

const tierCounts = z.record(z.string(), z.number().int());

export const programHistorySchema = z
  .object({
    assessments: z
      .array(
        z.object({
          number: z.number().int(),
          asOf: z.string(),
          status: z.enum(['draft', 'final']),
          overall: z.object({ score: z.number(), band: z.string() }).nullable(),
          dimensions: z.array(
            z.object({ id: z.string(), dimension: z.string(), score: z.number().nullable() }),
          ),
        }),
      )
      .describe('one per as-of date (the latest made of that date), oldest first'),
    scorings: z
      .array(
        z.object({
          asOf: z.string(),
          partners: z.number().int(),
          tierDistribution: tierCounts.describe('partners per readiness tier in effect; "none" for none'),
          programAboveReadiness: z.number().int().nullable(),
        }),
      )
      .describe('every readiness scoring, oldest first'),
    moves: z
      .array(
        z.object({
          from: z.string().describe('the scoring before'),
          to: z.string().describe('the scoring the partner moved at'),
          externalId: z.string(),
          name: z.string(),
          before: z.string().nullable().describe('readiness tier in effect before (null: none)'),
          after: z.string().nullable(),
          direction: z.enum(['up', 'down']),
        }),
      )
      .describe('every partner whose readiness tier moved from one scoring to the next'),
  })
  .meta({ id: 'ProgramHistory' });
export type ProgramHistory = z.infer<typeof programHistorySchema>;

export const outcomesQuery = z.object({
  from: isoDate.optional().describe('the earlier date; default: two quarters (182 days) before `to`'),
  to: isoDate.optional().describe('the later date; default: the latest assessment’s or scoring’s as-of date'),
});

const figures = z.object({
  asOf: z.string(),
  from: z.string().describe('the window is (from, asOf]'),
  projects: z.number().int().describe('delivery projects that went live in the window'),
  partners: z.number().int(),
  timeToLiveDays: z.number().nullable().describe('mean days from start to go-live'),
  csat: z.number().nullable().describe('mean CSAT, 0–10'),
  csatN: z.number().int(),
  renewalRate: z.number().nullable(),
  renewalN: z.number().int(),
  expansionRate: z.number().nullable(),
  expansionN: z.number().int(),
});

const outcomeChange = z.object({
  timeToLive: z.object({ days: z.number(), share: z.number().nullable() }).nullable(),
  csat: z.object({ points: z.number(), share: z.number().nullable() }).nullable(),
  renewalRate: z.object({ points: z.number() }).nullable(),
  expansionRate: z.object({ points: z.number() }).nullable(),
  statement: z.string().describe('"Between 31 Mar 2026 and 30 Sep 2026, partners cut time-to-live by 24% …"'),
});

const partnerOutcome = z.object({
  externalId: z.string(),
  name: z.string(),
  projects: z.number().int(),
  timeToLiveDays: z.number().nullable(),
  csat: z.number().nullable(),
  renewed: z.string().describe('"2 of 3", or "—" when unknown'),
  expanded: z.string(),
});

export const outcomesComparisonSchema = z
  .object({
    windowDays: z
      .number()
      .int()
      .describe('each date reads the projects that went live in the days before it'),
    before: figures.extend({ byPartner: z.array(partnerOutcome) }),
    after: figures.extend({ byPartner: z.array(partnerOutcome) }),
    change: outcomeChange,
  })
  .meta({ id: 'OutcomesComparison' });
export type OutcomesComparison = z.infer<typeof outcomesComparisonSchema>;

const cohortOutcomes = z.object({
  partners: z.number().int().describe('partners of the cohort with a project live in either window'),
  before: figures,
  after: figures,
  change: outcomeChange,
});

/** GET …/history/remediation-impact: the outcomes of partners who went through remediation against the others. */
export const remediationImpactSchema = z
  .object({
    windowDays: z.number().int(),
    remediated: cohortOutcomes.describe(
      'partners with a remediation item opened on or before the earlier date',
    ),
    others: cohortOutcomes.describe('every other partner'),
    statement: z.string().describe('both cohorts’ sentences, remediated first'),
  })
  .meta({ id: 'RemediationImpact' });
export type RemediationImpact = z.infer<typeof remediationImpactSchema>;

/** A partner's dated attributes (GET …/partners/:id/history): what held when, oldest first. */
export const partnerAttributeHistorySchema = z
  .object({
    partner: z.string(),
    attributes: z.array(
      z.object({
        attribute: z
          .enum(['tier', 'lifecycle', 'executive_sponsor', 'owner'])
          .describe('tier is the program tier recorded in the CRM; owner the partner manager'),
        label: z.string().describe('what pages call it ("Program tier", "Partner manager")'),
        values: z.array(
          z.object({
            value: z.string().nullable(),
            validFrom: isoDate,
            validTo: isoDate.nullable().describe('the day the next value took over; null: still current'),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'PartnerAttributeHistory' });
export type PartnerAttributeHistory = z.infer<typeof partnerAttributeHistorySchema>;
