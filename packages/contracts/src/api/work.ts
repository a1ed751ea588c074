/** Requests and responses of assessments, readiness, remediation, evidence files and the audit log. */
import { z } from 'zod';
import { planItem, planItemStatus } from '../program-report-schema.ts';
import { remediationItem } from '../readiness-report-schema.ts';
import { isoDate } from './common.ts';

export const assessmentCreateRequest = z.strictObject({
  brief: z
    .record(z.string(), z.unknown())
    .describe('the brief: context, objectives, constraints, manual scores'),
  frameworkVersion: z.string().default('v1'),
  asOf: isoDate.optional(),
});

export const criterionScoreRequest = z.strictObject({
  score: z.number().int().min(1).max(5),
  reason: z.string().trim().min(1, 'a reason is required for an override').max(2000),
});

/** One unit behind a criterion's signal, with its own figure (GET …/criteria/:criterion/units). */
export const criterionUnitRow = z
  .object({
    id: z.string().describe('the partner’s external id, or the target region’s or segment’s name'),
    kind: z.enum(['partner', 'region', 'segment']),
    name: z.string(),
    type: z.string().nullable(),
    programTier: z.string().nullable().describe('the tier recorded in the CRM, as of the assessment'),
    readinessTier: z
      .string()
      .nullable()
      .describe('the computed tier of the latest readiness scoring on or before the as-of date'),
    health: z.string().nullable(),
    counted: z.boolean().describe('in the value’s denominator'),
    passes: z.boolean().nullable().describe('meets the signal’s condition; null for a mean or median'),
    value: z
      .number()
      .nullable()
      .describe('its own number behind the value (numerator, score, days, dollars)'),
    of: z.number().int().nullable().describe('its own denominator, for a ratio of sums'),
    detail: z.string().describe('the figure in words: "0 of 4 QBRs held", "no program tier"'),
  })
  .meta({ id: 'CriterionUnit' });
export type CriterionUnitRow = z.infer<typeof criterionUnitRow>;

export const criterionUnitStatus = z
  .enum(['failing', 'passing', 'unrated', 'not-counted'])
  .describe(
    'failing / passing: counted units that miss or meet the condition; unrated: counted in a mean or median; not-counted: outside the denominator',
  );

export const criterionUnitCounts = z.object({
  units: z.number().int(),
  counted: z.number().int(),
  failing: z.number().int(),
  passing: z.number().int(),
  notCounted: z.number().int(),
});

export const planItemStatusRequest = z
  .strictObject({
    status: planItemStatus.optional(),
    owner: z
      .string()
      .trim()
      .min(1, 'name someone, or send null to clear the owner')
      .max(100)
      .nullable()
      .optional()
      .describe('who carries the action; null clears it'),
  })
  .refine((b) => b.status !== undefined || b.owner !== undefined, {
    message: 'give a status, an owner, or both',
    path: ['status'],
  });

export const planItemView = planItem
  .extend({
    bucket: z.enum(['days30', 'days60', 'days90', 'deferred']),
    reason: z.string().optional().describe('a deferred action: why it waits'),
    updatedAt: z.string().nullable().describe('when the status was last set (null: never)'),
    updatedBy: z.string().nullable(),
  })
  .meta({ id: 'PlanItem' });

export const assessmentSchema = z
  .object({
    number: z.number().int(),
    kind: z.string(),
    asOf: z.string(),
    status: z.enum(['draft', 'final']),
    overall: z.object({ score: z.number(), band: z.string() }).nullable(),
    framework: z.object({ version: z.string(), sha256: z.string() }),
    createdAt: z.string(),
    createdBy: z.string().nullable(),
    finalizedAt: z.string().nullable(),
    finalizedBy: z.string().nullable(),
    previous: z
      .number()
      .int()
      .nullable()
      .describe(
        'the assessment "what changed" compares this one with: the newest of an earlier as-of date (null: none)',
      ),
    importedSince: z
      .array(z.object({ entity: z.string(), rows: z.number().int() }))
      .describe('rows imported or changed per kind after the assessment was made: re-assess to include them'),
  })
  .meta({ id: 'Assessment' });

export const scoringRequest = z.strictObject({
  asOf: isoDate.optional().describe('default: today'),
  policyVersion: z.string().default('v1'),
});

export const remediationItemSchema = remediationItem
  .extend({
    id: z.number().int().describe('the item’s number within the org'),
    partner: z.string(),
    gapKind: z.string(),
    openedOn: z.string(),
    closedOn: z.string().nullable(),
  })
  .meta({ id: 'RemediationItem' });

export const remediationUpdateRequest = z
  .strictObject({
    status: z.enum(['open', 'in_progress', 'done', 'dropped']).optional(),
    owner: z.string().min(1).max(200).optional(),
    mentor: z.string().min(1).max(200).optional(),
    dueOn: isoDate.optional(),
  })
  .refine((u) => Object.keys(u).length > 0, 'name at least one of status, owner, mentor, dueOn');

/** What a change to a remediation item may set (the web app sends it; core applies it). */
export type RemediationUpdate = z.infer<typeof remediationUpdateRequest>;

export const evidenceFileSchema = z
  .object({
    sha256: z.string(),
    partner: z.string(),
    person: z.string().nullable(),
    filename: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    uploadedBy: z.string(),
    uploadedAt: z.string(),
  })
  .meta({ id: 'EvidenceFile' });

export const auditEntrySchema = z
  .object({
    id: z.string(),
    at: z.string(),
    actor: z.string(),
    actorUserId: z.string().nullable(),
    actorTokenId: z.string().nullable(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    requestId: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });

/** The columns the performance table sorts by (`sort=-revenue`: descending). */
export const performanceSortKeys = [
  'name',
  'externalId',
  'pipeline',
  'revenue',
  'deals',
  'satisfaction',
  'timeToFirstDealDays',
  'health',
  'engagement',
  'activitiesRecent',
] as const;
export type PerformanceSortKey = (typeof performanceSortKeys)[number];

/** One page of an assessment's performance table: its filters, sort and page. */
export interface PerformanceQuery {
  sort?: string;
  health?: string;
  type?: string;
  engagement?: string;
  /** The program tier recorded in the CRM, in any letter case; `none` for partners without one. */
  programTier?: string;
  /** The readiness tier Trellis computed (its id: gold …); `none` for partners without one. */
  readinessTier?: string;
  /** Only partners whose program tier is above their readiness tier (tier-words.ts). */
  review?: boolean;
  /** The partner's region (partners.region), exactly. */
  region?: string;
  q?: string;
  partner?: string;
  limit: number;
  offset: number;
}
