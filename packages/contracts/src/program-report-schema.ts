/**
 * The JSON contract of `program-report.json` (version 1). `schemas/program-report.schema.json` is
 * generated from this (`npm run schema:generate`) and a test keeps the two equal.
 * Money is in US dollars (major units, at most two decimals); shares are 0–1; scores are 1–5.
 */
import { z } from 'zod';

const usd = z.number().describe('US dollars');
const share = z.number().min(0).describe('0–1');
const score = z.number().min(1).max(5);
const nullable = <T extends z.ZodType>(t: T) => t.nullable();
const healthState = z.enum(['engaged', 'passive', 'at-risk', 'dormant']);
const healthCount = z.object({ partners: z.number().int(), revenue: usd });

const signal = z.object({
  metric: z.string(),
  value: nullable(z.number()),
  display: z.string(),
  basis: z.string(),
  sample: nullable(z.number().int()).describe('records or partners the value rests on'),
});

const finding = z.object({
  criterion: z.string(),
  score: nullable(score),
  text: z.string(),
  signal: nullable(signal),
});

/** One unit behind a signal's value: a partner, or a target region or segment. */
export const signalUnit = z.object({
  id: z.string().describe('the partner’s external id, or the target region’s or segment’s name'),
  kind: z.enum(['region', 'segment']).optional().describe('absent: a partner'),
  counted: z.boolean().describe('in the value’s denominator (listed after those that are, when not)'),
  passes: z
    .boolean()
    .nullable()
    .describe('meets the signal’s condition; null for a mean or median (no pass or fail)'),
  value: z
    .number()
    .nullable()
    .describe(
      'its own number behind the value: the numerator of a ratio of sums, a score, days, dollars, a count',
    ),
  of: z.number().int().optional().describe('its own denominator, for a ratio of sums'),
  detail: z.string().describe('the figure in words: "0 of 4 QBRs held", "no program tier"'),
});

const criterion = z.object({
  id: z.string(),
  text: z.string(),
  signal: nullable(
    signal.extend({
      rule: z.object({ better: z.enum(['higher', 'lower']), cuts: z.array(z.number()) }),
      units: z
        .array(signalUnit)
        .optional()
        .describe(
          'every unit behind the value with its own figure: counted ones first, failing before passing (absent in the dashboard form)',
        ),
    }),
  ),
  suggested: nullable(score),
  manual: nullable(z.object({ score, reason: z.string() })),
  final: nullable(score),
  source: z.enum(['signal', 'manual', 'none']),
  claimedVsObserved: z.boolean(),
  smallSample: z.boolean(),
  missingData: z
    .array(z.string())
    .describe('kinds of record the signal needs and the org has none of: then the data measured nothing'),
});

export const planItemStatus = z
  .enum(['todo', 'in_progress', 'done'])
  .describe('progress on the action, set through the API (PATCH …/plan/:action); "todo" until then');

export const planItem = z.object({
  action: z.string(),
  title: z.string(),
  practice: z.number().int(),
  effort: z.enum(['low', 'medium', 'high']),
  priority: z.number(),
  criteria: z.array(z.string()),
  objectives: z.array(z.string()),
  because: z.string(),
  status: planItemStatus,
  owner: z
    .string()
    .nullable()
    .optional()
    .describe(
      'who carries the action, set through the API (PATCH …/plan/:action); absent or null until named',
    ),
});

const coverage = z.object({
  kind: z.enum(['region', 'segment']),
  name: z.string(),
  partners: z.number().int(),
  activePartners: z.number().int(),
  status: z.enum(['none', 'inactive', 'covered']),
});

const surveyFeedback = z.object({
  area: z.enum(['training', 'resources', 'support', 'satisfaction']),
  n: z.number().int(),
  mean: nullable(z.number()),
  distribution: z.array(z.number().int()).length(11).describe('partners per score 0–10'),
  belowTarget: z.boolean(),
});

export const programReportSchema = z
  .object({
    schemaVersion: z.literal('1'),
    program: z.string(),
    asOf: z.string(),
    period: z.object({
      start: z.string(),
      end: z.string(),
      days: z.number().int(),
      activeDays: z.number().int(),
    }),
    brief: z.object({
      context: z.object({
        notes: nullable(z.string()),
        companyRevenue: nullable(usd),
        tools: z.array(z.string()),
        targetRegions: z.array(z.string()),
        targetSegments: z.array(z.string()),
      }),
      objectives: z.array(
        z.object({
          metric: z.string(),
          target: z.number(),
          deadline: nullable(z.string()),
          note: nullable(z.string()),
        }),
      ),
      initiatives: z.array(
        z.object({ title: z.string(), count: nullable(z.number().int()), deadline: nullable(z.string()) }),
      ),
      constraints: z.object({
        teamSize: z.number().int(),
        budget: z.string(),
        executiveBandwidth: z.string(),
        notes: nullable(z.string()),
      }),
    }),
    framework: z.object({ kind: z.literal('program-readiness'), version: z.string(), sha256: z.string() }),
    definitions: z.record(z.string(), z.string()),
    summary: z.object({
      overall: z.object({ score: score.describe('one decimal, rounded half up'), band: z.string() }),
      valueRealized: z.object({
        partnerSourcedRevenue: usd,
        partnerRevenue: usd,
        revenueShare: nullable(share),
        partners: z.number().int(),
        active: z.number().int(),
        engaged: z.number().int(),
        passive: z.number().int(),
        atRisk: z.number().int(),
        dormant: z.number().int(),
      }),
      topImprovements: z.array(z.object({ action: z.string(), title: z.string() })).max(3),
      criteria: z
        .object({
          total: z.number().int(),
          scored: z.number().int(),
          fromData: z.number().int(),
          fromAssessor: z.number().int(),
          notMeasured: z.number().int().describe('their records were never imported'),
          notAssessed: z.number().int().describe('no signal and no assessor score'),
        })
        .describe('how many criteria have a score, and why the others do not'),
      headline: z.array(z.string()),
    }),
    scorecard: z
      .array(
        z.object({
          id: z.string(),
          dimension: z.string(),
          score: nullable(score).describe('null: not assessed (no criterion of it has a score)'),
          band: z.string(),
          weight: z.number(),
          findings: z.array(finding).min(1).max(2),
          criteria: z.array(criterion),
        }),
      )
      .min(1),
    claimsVsObserved: z.array(
      z.object({
        criterion: z.string(),
        text: z.string(),
        claimed: score,
        observed: score,
        reason: z.string(),
        signal,
        dimension: z.string(),
        dimensionScore: score,
        dimensionScoreOnData: score.describe('the dimension score had the data’s suggestion been used'),
      }),
    ),
    portfolio: z.object({
      segments: z.array(
        z.object({
          type: z.string(),
          partners: z.number().int(),
          revenue: usd,
          // One property per state (not a record keyed by the enum): the same four required keys,
          // as properties that OpenAPI tools and client generators read.
          health: z.object({
            engaged: healthCount,
            passive: healthCount,
            'at-risk': healthCount,
            dormant: healthCount,
          }),
          launching: z.number().int(),
          stalled: z.number().int(),
        }),
      ),
      topPerformers: z.array(
        z.object({
          externalId: z.string(),
          name: z.string(),
          type: z.string(),
          revenue: usd,
          revenueShare: share,
          deals: z.number().int(),
        }),
      ),
      coverage: z.array(coverage),
      coverageGaps: z.array(coverage),
      atRisk: z.array(
        z.object({
          externalId: z.string(),
          name: z.string(),
          type: z.string(),
          revenue: usd,
          reasons: z.array(z.string()),
        }),
      ),
    }),
    enablement: z.object({
      target: z.number(),
      feedback: z.array(surveyFeedback),
      trainingCompletion: z.object({
        partners: z.number().int(),
        share: nullable(share),
        completions: z.number().int(),
      }),
      recommendations: z.array(
        z.object({ action: z.string(), title: z.string(), practice: z.number().int(), because: z.string() }),
      ),
    }),
    performance: z.object({
      partners: z.array(
        z.object({
          externalId: z.string(),
          name: z.string(),
          type: z.string(),
          programTier: nullable(z.string()).describe(
            'the program tier recorded in the CRM (the partners file’s `tier`), as of the as-of date',
          ),
          pipeline: usd,
          revenue: usd,
          sourcedRevenue: usd,
          deals: z.number().int(),
          engagement: z.enum(['high', 'medium', 'low']),
          activitiesRecent: z.number().int(),
          satisfaction: nullable(z.number()),
          timeToFirstDealDays: nullable(z.number().int()),
          health: healthState,
          healthReasons: z.array(z.string()),
          readiness: z
            .object({
              tier: z.string().nullable(),
              earned: z.string().nullable(),
              composite: z.number(),
              asOf: z.string(),
            })
            .nullable()
            .describe(
              'the readiness tier Trellis computed: the latest partner readiness scoring on or before the as-of date (readiness-report.json)',
            ),
          lastActivityOn: nullable(z.string()),
        }),
      ),
      topContributors: z.array(z.string()),
      underperformers: z.array(z.object({ externalId: z.string(), name: z.string(), why: z.string() })),
      aggregates: z.object({
        partnerRevenue: usd,
        partnerSourcedRevenue: usd,
        pipeline: usd,
        deals: z.number().int(),
        avgTimeToFirstDealDays: nullable(z.number()),
        medianTimeToFirstDealDays: nullable(z.number()),
        activeShare: nullable(share),
        avgSatisfaction: nullable(z.number()),
      }),
    }),
    dataCoverage: z
      .array(
        z.object({
          kind: z.string(),
          rows: z.number().int(),
          from: nullable(z.string()),
          to: nullable(z.string()),
          newest: nullable(z.string())
            .optional()
            .describe(
              'its newest date on or before the as-of date: how fresh the data is (absent in older reports)',
            ),
          feeds: z.array(z.string()).describe('criteria whose signals read this kind of record'),
        }),
      )
      .describe('what the org holds of each kind of record (all dates, not only the period)'),
    plan: z.object({
      days30: z.array(planItem),
      days60: z.array(planItem),
      days90: z.array(planItem),
      deferred: z.array(planItem.extend({ reason: z.string() })),
      capacityPerBucket: z.number().int(),
      metrics: z.array(
        z.object({
          metric: z.string(),
          label: z.string(),
          unit: z.enum(['usd', 'share', 'score10', 'days', 'count']),
          baseline: nullable(z.number()),
          target: nullable(z.number()),
          deadline: nullable(z.string()),
          basis: z.string(),
        }),
      ),
    }),
  })
  .meta({ title: 'Trellis program readiness report', $id: 'urn:trellis:schema:program-report:1' });

export type ProgramReport = z.infer<typeof programReportSchema>;
export type PlanItemStatus = z.infer<typeof planItemStatus>;
