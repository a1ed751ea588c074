/** zod schema of `frameworks/program-readiness/*.yaml`; cross-references are checked too. */
import { z } from 'zod';
import { objectiveMetrics } from '../domain/brief.ts';
import type { ProgramFramework } from '../domain/program-framework.ts';
import { signalMetrics } from '../domain/signal-metrics.ts';

const id = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'ids are lowercase, digits, dots and dashes');
const share = z.number().min(0).max(1);
const levels = <T extends z.ZodType>(t: T) => z.object({ limited: t, moderate: t, ample: t }).strict();
const effort = z.enum(['low', 'medium', 'high']);
const cost = z.enum(['none', 'low', 'medium', 'high']);
const bucket = z.enum(['days30', 'days60', 'days90']);
const countMetric = z.enum([
  'passive_partners',
  'dormant_partners',
  'at_risk_partners',
  'uncovered_markets',
  'strategic_without_sponsor',
  'single_threaded_partners',
]);

const signal = z
  .object({
    metric: z.enum(signalMetrics),
    better: z.enum(['higher', 'lower']),
    cuts: z.array(z.number()).length(4, 'four cut points: the values for scores 2, 3, 4 and 5'),
  })
  .strict()
  .refine(
    (s) =>
      s.cuts.every((c, i) => i === 0 || (s.better === 'higher' ? c > s.cuts[i - 1]! : c < s.cuts[i - 1]!)),
    { message: 'cuts must ascend when better is higher and descend when better is lower', path: ['cuts'] },
  );

const criterion = z
  .object({ id, text: z.string().min(1), signal: signal.optional(), actions: z.array(id).min(1) })
  .strict();

const action = z
  .object({
    id,
    title: z.string().min(1),
    practice: z.number().int().positive(),
    effort,
    cost,
    executive: z.boolean().optional(),
    after: z.array(id).optional(),
    when: z
      .object({ metric: countMetric, min: z.number().int().min(0) })
      .strict()
      .optional(),
    objectives: z.array(z.enum(objectiveMetrics)).optional(),
    area: z.enum(['training', 'resources', 'support']).optional(),
  })
  .strict();

export const programFrameworkSchema = z
  .object({
    kind: z.literal('program-readiness'),
    version: z.string().min(1),
    title: z.string().min(1),
    bands: z
      .array(
        z
          .object({ name: z.string().min(1), min: z.number().min(1).max(5), description: z.string() })
          .strict(),
      )
      .min(1),
    metrics: z
      .object({
        periodDays: z.number().int().positive(),
        activeDays: z.number().int().positive(),
        engagementLevels: z
          .object({ high: z.number().int().positive(), medium: z.number().int().positive() })
          .strict(),
        qbrPartnerTypes: z.array(z.enum(['strategic', 'channel', 'technology', 'referral'])).min(1),
        topContributorMinShare: share,
        underperformerMaxShare: share,
        underperformerLevels: z.array(z.enum(['high', 'medium', 'low'])),
        surveyTarget: z.number().min(0).max(10),
        minSample: z.number().int().min(1),
        enablementDimension: id,
      })
      .strict(),
    health: z
      .object({
        dormantDays: z.number().int().positive(),
        engagedDays: z.number().int().positive(),
        wonWithinDays: z.number().int().positive(),
        risks: z
          .object({
            championDeparted: z.boolean(),
            lowSatisfactionAtMost: z.number().min(0).max(10),
            pipelineDropShare: share,
            qbrOverdueDays: z.number().int().positive(),
          })
          .strict(),
      })
      .strict(),
    plan: z
      .object({
        targetScore: z.number().min(1).max(5),
        buckets: z.object({ low: bucket, medium: bucket, high: bucket }).strict(),
        actionsPerPersonPerBucket: z.number().positive(),
        budgetLevels: levels(cost),
        executiveActions: levels(z.number().int().min(0)),
        objectiveRelevanceWeight: z.number().min(0),
      })
      .strict(),
    dimensions: z
      .array(
        z
          .object({
            id,
            name: z.string().min(1),
            weight: z.number().positive(),
            criteria: z.array(criterion).min(1),
          })
          .strict(),
      )
      .min(1),
    practices: z
      .array(z.object({ id: z.number().int().positive(), text: z.string().min(1) }).strict())
      .min(1),
    actions: z.array(action).min(1),
  })
  .strict()
  .superRefine((f, ctx) => {
    const dup = (ids: string[], path: (string | number)[][]) => {
      const seen = new Set<string>();
      ids.forEach((x, i) => {
        if (seen.has(x)) ctx.addIssue({ code: 'custom', path: path[i]!, message: `duplicate id '${x}'` });
        seen.add(x);
      });
    };
    dup(
      f.dimensions.map((d) => d.id),
      f.dimensions.map((_, i) => ['dimensions', i, 'id']),
    );
    const crit = f.dimensions.flatMap((d, di) =>
      d.criteria.map((c, ci) => ({ c, path: ['dimensions', di, 'criteria', ci] })),
    );
    dup(
      crit.map((x) => x.c.id),
      crit.map((x) => [...x.path, 'id']),
    );
    dup(
      f.actions.map((a) => a.id),
      f.actions.map((_, i) => ['actions', i, 'id']),
    );
    if (!f.dimensions.some((d) => d.id === f.metrics.enablementDimension)) {
      ctx.addIssue({
        code: 'custom',
        path: ['metrics', 'enablementDimension'],
        message: `unknown dimension '${f.metrics.enablementDimension}'`,
      });
    }
    const actionIds = new Set(f.actions.map((a) => a.id));
    for (const { c, path } of crit) {
      c.actions.forEach((a, i) => {
        if (!actionIds.has(a))
          ctx.addIssue({ code: 'custom', path: [...path, 'actions', i], message: `unknown action '${a}'` });
      });
    }
    const practiceIds = new Set(f.practices.map((p) => p.id));
    f.actions.forEach((a, i) => {
      if (!practiceIds.has(a.practice)) {
        ctx.addIssue({
          code: 'custom',
          path: ['actions', i, 'practice'],
          message: `unknown practice ${a.practice}`,
        });
      }
      a.after?.forEach((d, j) => {
        if (!actionIds.has(d))
          ctx.addIssue({
            code: 'custom',
            path: ['actions', i, 'after', j],
            message: `unknown action '${d}'`,
          });
      });
    });
    f.practices.forEach((p, i) => {
      if (!f.actions.some((a) => a.practice === p.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['practices', i],
          message: `no action in the library covers practice ${p.id}`,
        });
      }
    });
    f.bands.forEach((b, i) => {
      if (i === 0 && b.min !== 1)
        ctx.addIssue({ code: 'custom', path: ['bands', 0, 'min'], message: 'the first band starts at 1' });
      if (i > 0 && b.min <= f.bands[i - 1]!.min) {
        ctx.addIssue({ code: 'custom', path: ['bands', i, 'min'], message: 'bands must ascend' });
      }
    });
  }) satisfies z.ZodType<ProgramFramework>;
