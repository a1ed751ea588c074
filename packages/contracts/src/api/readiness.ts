/**
 * Readiness answers that are not part of the stored report: a row of the tiers page
 * (GET …/readiness/tiers) and the tier-policy simulation (POST …/readiness/simulations).
 * Documentation only: the server sends what the use-cases return (@trellis/core TierRow and
 * TierSimulation, which these mirror; the routes declare them as their answers' types).
 */
import { z } from 'zod';

export const tierRowSchema = z
  .object({
    externalId: z.string(),
    name: z.string(),
    type: z.string(),
    tier: z.string().nullable().describe('the readiness tier in effect (computed)'),
    earned: z.string().nullable(),
    programTier: z.string().nullable().describe('the program tier recorded in the CRM'),
    tierReview: z.boolean().describe('the program tier is above the readiness tier: to review'),
    composite: z.number(),
    change: z.string().nullable(),
    skills: z.number().nullable(),
    capacity: z.number().nullable(),
    outcomes: z.number().nullable(),
    nextTier: z.string().nullable(),
  })
  .meta({ id: 'TierRow' });

const policyRef = z.object({ version: z.string(), sha256: z.string() });

export const tierSimulationSchema = z
  .object({
    asOf: z.string(),
    current: policyRef.describe('the published policy compared with'),
    candidate: policyRef.extend({ source: z.string().describe('the candidate’s file or upload name') }),
    partners: z.number().int().describe('partners scored under both policies'),
    moves: z
      .array(
        z.object({
          partner: z.string(),
          name: z.string(),
          from: z.string().nullable(),
          to: z.string().nullable(),
          direction: z.enum(['up', 'down']),
          earned: z
            .string()
            .nullable()
            .describe(
              'the tier the candidate would earn; differs from `to` while a grace period defers a demotion',
            ),
          deferredByGrace: z.boolean(),
          why: z.array(z.string()),
        }),
      )
      .describe('every partner whose tier would move'),
  })
  .meta({ id: 'TierSimulation' });

/** A published tier policy as written (GET …/readiness/policies/:version). */
export const tierPolicySourceSchema = z
  .object({
    version: z.string(),
    sha256: z.string().describe('of the YAML text'),
    yaml: z.string().describe('the policy as published, comments included'),
  })
  .meta({ id: 'TierPolicySource' });

export type TierPolicySource = z.infer<typeof tierPolicySourceSchema>;
