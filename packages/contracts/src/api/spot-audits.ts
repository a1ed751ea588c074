/**
 * Spot audits (docs/governance.md, "Spot audits"): the draw request, an audit with its items, an
 * auditor's decision and its answer, and the overturn rates. The spot-audit use-cases of
 * @trellis/core return these types, the routes declare these schemas, the web app reads them.
 */
import { z } from 'zod';
import { isoDate, seedSchema } from './common.ts';

export const spotAuditDrawRequest = z
  .strictObject({
    asOf: isoDate
      .optional()
      .describe('the audit covers this date’s calendar quarter up to it (default: today)'),
    share: z
      .number()
      .gt(0, 'must be above 0')
      .max(1, 'must be at most 1')
      .describe('the share of each stratum (tier × assessor) to draw; at least one of every stratum'),
    seed: seedSchema
      .optional()
      .describe('repeat a draw with its seed; default: a random one, stored with the audit'),
  })
  .meta({ id: 'SpotAuditDrawRequest' });
export type SpotAuditDrawRequest = z.infer<typeof spotAuditDrawRequest>;

export const auditOutcomeSchema = z.enum(['upheld', 'overturned']);

export const spotAuditItemSchema = z
  .object({
    evaluation: z.string().describe('the evaluation’s external id'),
    partner: z.string(),
    person: z.string(),
    competency: z.string(),
    level: z.number().int().describe('the level when drawn'),
    assessor: z.string(),
    tier: z.string().nullable().describe('the partner’s readiness tier in effect at the draw (null: none)'),
    stratum: z.string().describe('tier × assessor, as one text: "gold × Bea Novak", "none × Ari Stone"'),
    outcome: auditOutcomeSchema.nullable().describe('null: not decided yet'),
    newLevel: z.number().int().nullable().describe('an overturn’s level'),
    reason: z.string().nullable(),
    auditor: z.string().nullable(),
    decidedAt: z.string().nullable(),
  })
  .meta({ id: 'SpotAuditItem' });
export type SpotAuditItem = z.infer<typeof spotAuditItemSchema>;

/** What every view of an audit carries: the draw and how far its decisions are. */
export const spotAuditSummarySchema = z
  .object({
    number: z.number().int().describe('the audit’s number within the org'),
    asOf: z.string(),
    quarter: z.string().describe('the calendar quarter audited: "2026-Q1"'),
    quarterStart: z.string(),
    share: z.number(),
    seed: z.number().int(),
    createdBy: z.string(),
    createdAt: z.string(),
    drawn: z.number().int().describe('evaluations drawn'),
    decided: z.number().int(),
    overturned: z.number().int(),
  })
  .meta({ id: 'SpotAuditSummary' });
export type SpotAuditSummary = z.infer<typeof spotAuditSummarySchema>;

export const spotAuditSchema = spotAuditSummarySchema
  .extend({ items: z.array(spotAuditItemSchema) })
  .meta({ id: 'SpotAudit' });
export type SpotAudit = z.infer<typeof spotAuditSchema>;

/** The answer to a draw: the audit, and each stratum's size and share drawn. */
export const spotAuditDrawnSchema = spotAuditSchema
  .extend({
    strata: z.array(
      z.object({
        tier: z.string().nullable(),
        assessor: z.string(),
        size: z.number().int().describe('passing evaluations of the stratum in the quarter'),
        drawn: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'SpotAuditDrawn' });
export type SpotAuditDrawn = z.infer<typeof spotAuditDrawnSchema>;

export const auditOutcomeRequest = z
  .strictObject({
    outcome: auditOutcomeSchema,
    level: z.number().int().nullish().describe('overturned: the level the evaluation should have had'),
    reason: z.string().max(2000).nullish().describe('overturned: why (required); upheld: optional'),
  })
  .meta({ id: 'AuditOutcomeRequest' });
export type AuditOutcomeRequest = z.infer<typeof auditOutcomeRequest>;

const standingSchema = z
  .object({ tier: z.string().nullable(), earned: z.string().nullable(), composite: z.number() })
  .nullable()
  .describe('the partner’s readiness at that scoring date (null: not scored)');

export const auditOutcomeResultSchema = z
  .object({
    item: spotAuditItemSchema,
    rescored: z
      .object({
        asOf: z.string().describe('the scoring date re-scored'),
        partner: z.string(),
        before: standingSchema,
        after: standingSchema,
      })
      .nullable()
      .describe('after an overturn: the re-scoring and the partner’s standing before and after'),
  })
  .meta({ id: 'AuditOutcomeResult' });
export type AuditOutcomeResult = z.infer<typeof auditOutcomeResultSchema>;

const tallySchema = z.object({
  n: z.number().int().describe('items drawn'),
  audited: z.number().int().describe('items decided: the rate’s denominator'),
  upheld: z.number().int(),
  overturned: z.number().int(),
  pending: z.number().int(),
  rate: z.number().nullable().describe('overturned ÷ audited (null while nothing is decided)'),
});
const keyedTally = tallySchema.extend({ key: z.string().describe('the assessor’s name or the competency') });

export const spotAuditResultsSchema = z
  .object({
    audit: z.number().int().nullable().describe('the audit counted (null: every audit of the org)'),
    overall: tallySchema,
    byAssessor: z.array(keyedTally),
    byCompetency: z.array(keyedTally),
  })
  .meta({ id: 'SpotAuditResults' });
export type SpotAuditResults = z.infer<typeof spotAuditResultsSchema>;
