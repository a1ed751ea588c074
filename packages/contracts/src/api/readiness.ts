/**
 * Readiness answers that are not the stored report: the summary of a scoring (GET …/readiness), a
 * row of the tiers page and its sort keys (GET …/readiness/tiers), the tier-policy simulation
 * (POST …/readiness/simulations) and a published policy as written. The use-cases of @trellis/core
 * return these types, the routes declare these schemas, the web app reads them.
 */
import { z } from 'zod';
import { readinessReportSchema } from '../readiness-report-schema.ts';
import { type TierSort, tierSorts } from './tier-sorts.ts';

/** GET …/readiness: the report without its partner rows, plus the scorings there are to choose from. */
export const readinessSummarySchema = readinessReportSchema.omit({ partners: true }).extend({
  scorings: z.array(z.object({ asOf: z.string(), createdAt: z.string() })),
  importedSince: z
    .array(z.object({ entity: z.string(), rows: z.number().int() }))
    .describe('rows imported or changed per kind after this scoring was made: re-score to include them'),
});
export type ReadinessSummary = z.infer<typeof readinessSummarySchema>;

export const tierSortSchema = z.enum(tierSorts as [TierSort, ...TierSort[]]);

/** A row of the tiers page: the scoring's partner row, cut to what a table shows, with both tiers. */
export const tierRowSchema = readinessReportSchema.shape.partners.element
  .pick({
    externalId: true,
    name: true,
    type: true,
    tier: true,
    earned: true,
    composite: true,
    change: true,
    skills: true,
    capacity: true,
    outcomes: true,
  })
  .extend({
    programTier: z
      .string()
      .nullable()
      .describe('the program tier recorded in the CRM, as the scoring reported it (else the current one)'),
    tierReview: z.boolean().describe('the program tier is above the readiness tier: to review'),
    nextTier: z.string().nullable().describe('the next tier up (null: at the top tier)'),
  })
  .meta({ id: 'TierRow' });
export type TierRow = z.infer<typeof tierRowSchema>;

/** A partner whose tier would move under the candidate policy, and why. */
export const tierMoveSchema = z.object({
  partner: z.string(),
  name: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  direction: z.enum(['up', 'down']),
  earned: z
    .string()
    .nullable()
    .describe('the tier the candidate would earn; differs from `to` while a grace period defers a demotion'),
  deferredByGrace: z.boolean(),
  why: z.array(z.string()),
});
export type TierMove = z.infer<typeof tierMoveSchema>;

const policyRef = z.object({ version: z.string(), sha256: z.string() });

export const tierSimulationSchema = z
  .object({
    asOf: z.string(),
    current: policyRef.describe('the published policy compared with'),
    candidate: policyRef.extend({ source: z.string().describe('the candidate’s file or upload name') }),
    partners: z.number().int().describe('partners scored under both policies'),
    moves: z.array(tierMoveSchema).describe('every partner whose tier would move'),
  })
  .meta({ id: 'TierSimulation' });
export type TierSimulation = z.infer<typeof tierSimulationSchema>;

/** A tier as the published policy names it. */
export const publishedTierSchema = z.object({
  id: z.string().describe('what the API speaks: `gold`'),
  name: z.string().describe('what people read: "Gold"'),
});
export type PublishedTier = z.infer<typeof publishedTierSchema>;

/** The tiers of a published policy (GET …/readiness/policies/:version/tiers): the one source of their names and order. */
export const publishedTiersSchema = z
  .object({
    version: z.string(),
    tiers: z.array(publishedTierSchema).describe('highest first'),
  })
  .meta({ id: 'PublishedTiers' });
export type PublishedTiers = z.infer<typeof publishedTiersSchema>;

/** A published tier policy as written (GET …/readiness/policies/:version). */
export const tierPolicySourceSchema = z
  .object({
    version: z.string(),
    sha256: z.string().describe('of the YAML text'),
    yaml: z.string().describe('the policy as published, comments included'),
  })
  .meta({ id: 'TierPolicySource' });

export type TierPolicySource = z.infer<typeof tierPolicySourceSchema>;
