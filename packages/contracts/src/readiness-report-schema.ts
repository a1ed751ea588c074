/**
 * The JSON contract of `readiness-report.json` (version 1); `schemas/readiness-report.schema.json`
 * is generated from it. Components are 0–1, composites 0–100.
 */
import { z } from 'zod';

const unit = z.number().min(0).max(1);
const tierId = z.string().nullable();

const gate = z.object({
  gate: z.enum(['composite', 'references', 'roles-covered', 'components-above-zero']),
  passed: z.boolean(),
  detail: z.string(),
});

/** A remediation item as the readiness report lists it (the API adds where and when). */
export const remediationItem = z.object({
  id: z.number().int(),
  gapKey: z.string(),
  gap: z.string(),
  action: z.string(),
  owner: z.string().nullable(),
  mentor: z.string().nullable(),
  bucket: z.enum(['days30', 'days60', 'days90']),
  dueOn: z.string(),
  status: z.enum(['open', 'in_progress', 'done', 'dropped']),
});

/** One need of the next tier, structured: what, how many, where the partner stands, what is required. */
const nextTierNeed = z.object({
  kind: z.enum(['competency', 'headcount', 'references', 'composite', 'component']),
  role: z
    .string()
    .nullable()
    .describe('competency, headcount: the role (sales, solutions, implementation, admin)'),
  competencies: z.array(z.string()).describe('competency: the names of the competencies no one demonstrates'),
  count: z.number().int().describe('how many more: people, references; 1 for a competency or component'),
  current: z
    .number()
    .nullable()
    .describe(
      'today, in the need’s measure: people qualified, references in the window, the best level demonstrated (null: none), the component (0), the composite with every other gap closed',
    ),
  required: z.number().nullable().describe('what the next tier requires in the same measure (null: above 0)'),
  level: z.number().int().nullable().describe('competency, headcount: the level asked'),
  openDemand: z.boolean().describe('headcount: set by open project demand rather than the tier’s minimum'),
  withinDays: z.number().int().nullable().describe('references: the window they must fall in'),
  component: z.string().nullable().describe('component: skills, capacity or outcomes'),
  text: z.string(),
});

export const readinessReportSchema = z
  .object({
    schemaVersion: z.literal('1'),
    asOf: z.string(),
    policy: z.object({ version: z.string(), sha256: z.string() }),
    competencyFramework: z.object({ version: z.string(), sha256: z.string() }),
    summary: z.object({
      partners: z.number().int(),
      tierDistribution: z
        .record(z.string(), z.number().int())
        .describe('partners per tier in effect; "none" for no tier'),
      inGrace: z.number().int(),
      heldBackByGates: z
        .number()
        .int()
        .describe('partners whose composite meets a higher tier but a gate does not'),
      programAboveReadiness: z
        .number()
        .int()
        .optional()
        .describe('partners whose program tier (CRM) is above their readiness tier: to review'),
      remediation: z
        .object({
          open: z.number().int(),
          inProgress: z.number().int(),
          done: z.number().int(),
          dropped: z.number().int(),
          gapClosureRate: z.number().min(0).max(1).nullable(),
        })
        .nullable()
        .describe(
          'the remediation items when the scoring was made; null for a scoring of a date before the latest one (history: remediation is today’s state and follows the latest scoring only)',
        ),
    }),
    readinessByRole: z.array(
      z.object({
        role: z.string(),
        qualifiedPeople: z
          .array(z.number().int())
          .length(4)
          .describe('people qualified at level ≥ 1, 2, 3, 4'),
        partnersWithQualified: z.array(z.number().int()).length(4),
      }),
    ),
    largestGaps: z.array(
      z.object({ kind: z.string(), key: z.string(), label: z.string(), partners: z.number().int() }),
    ),
    partners: z.array(
      z.object({
        externalId: z.string(),
        name: z.string(),
        type: z.string(),
        tier: tierId.describe('the readiness tier in effect (computed; grace periods included)'),
        earned: tierId,
        programTier: z
          .string()
          .nullable()
          .optional()
          .describe(
            'the program tier recorded in the CRM (absent in scorings stored before it was reported)',
          ),
        tierReview: z
          .boolean()
          .optional()
          .describe(
            'the program tier is above the readiness tier: "Gold in the program, ready for Bronze — review"',
          ),
        change: z.enum(['new', 'promoted', 'held', 'grace', 'demoted', 'none']),
        graceLeft: z.number().int(),
        skills: unit,
        capacity: unit,
        outcomes: unit,
        outcomesConfidence: unit,
        composite: z.number().min(0).max(100),
        contributions: z.object({ skills: z.number(), capacity: z.number(), outcomes: z.number() }),
        gates: z.array(gate),
        evidence: z.object({
          missingCompetencies: z.array(
            z.object({ competency: z.string(), level: z.number().int(), demonstrated: z.number().int() }),
          ),
          capacity: z.array(
            z.object({
              role: z.string(),
              qualified: z.number().int(),
              needed: z.number().int(),
              demand: z.number().int(),
            }),
          ),
          outcomes: z.array(
            z.object({
              signal: z.string(),
              n: z.number().int(),
              raw: z.number().nullable(),
              normalised: unit.nullable(),
              confidence: unit,
              value: unit,
            }),
          ),
          referencesInWindow: z.number().int(),
        }),
        nextTier: z
          .object({
            tier: z.string(),
            composite: z.number(),
            needs: z.array(z.string()),
            items: z
              .array(nextTierNeed)
              .optional()
              .describe(
                'the same needs, structured, in the same order (each keeps its sentence as `text`); absent from scorings stored before it existed',
              ),
          })
          .nullable(),
        remediation: z.array(remediationItem),
      }),
    ),
  })
  .meta({ title: 'Trellis partner readiness report', $id: 'urn:trellis:schema:readiness-report:1' });

export type ReadinessReport = z.infer<typeof readinessReportSchema>;
