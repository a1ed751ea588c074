/** zod schema of `frameworks/tier-policy/*.yaml`. */
import { z } from 'zod';
import { roles } from '../domain/competency-framework.ts';
import { outcomeSignals, type TierPolicy } from '../domain/tier-policy.ts';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase, digits and dashes');
const weight = z.number().min(0);

const outcomeRule = z
  .object({
    id: z.enum(outcomeSignals),
    name: z.string().min(1),
    better: z.enum(['higher', 'lower']),
    floor: z.number(),
    target: z.number(),
    prior: z.number().min(0).max(1),
    minSample: z.number().int().positive(),
    weight: z.number().positive(),
  })
  .strict()
  .refine((r) => (r.better === 'higher' ? r.target > r.floor : r.target < r.floor), {
    message: 'target must be better than floor (above it when better is higher, below when lower)',
    path: ['target'],
  });

const remediationAction = z
  .object({ bucket: z.enum(['days30', 'days60', 'days90']), title: z.string().min(1) })
  .strict();

const tier = z
  .object({
    id,
    name: z.string().min(1),
    minComposite: z.number().min(0).max(100),
    level: z.number().int().min(1).max(4),
    headcount: z.partialRecord(z.enum(roles), z.number().int().min(0)),
    gates: z
      .object({
        references: z.number().int().min(0),
        referenceWithinDays: z.number().int().positive(),
        rolesCovered: z.array(z.enum(roles)),
        allComponentsAboveZero: z.boolean(),
      })
      .strict(),
  })
  .strict();

export const tierPolicySchema = z
  .object({
    kind: z.literal('tier-policy'),
    version: z.string().min(1),
    competencyFramework: z.string().min(1),
    weights: z.object({ skills: weight, capacity: weight, outcomes: weight }).strict(),
    outcomes: z
      .object({ windowDays: z.number().int().positive(), signals: z.array(outcomeRule).min(1) })
      .strict(),
    demand: z
      .object({ projectsPerConsultant: z.number().positive(), opportunitiesPerSeller: z.number().positive() })
      .strict(),
    gracePeriods: z.number().int().min(0),
    tiers: z.array(tier).min(1),
    remediation: z
      .object({
        owner: z.string().min(1),
        mentors: z
          .object({
            sales: z.string().min(1),
            solutions: z.string().min(1),
            implementation: z.string().min(1),
            admin: z.string().min(1),
            other: z.string().min(1),
          })
          .strict(),
        actions: z
          .object({
            competency: remediationAction,
            headcount: remediationAction,
            references: remediationAction,
            composite: remediationAction,
            component: remediationAction,
          })
          .strict(),
      })
      .strict(),
  })
  .strict()
  .superRefine((p, ctx) => {
    const sum = p.weights.skills + p.weights.capacity + p.weights.outcomes;
    if (Math.abs(sum - 1) > 1e-9)
      ctx.addIssue({
        code: 'custom',
        path: ['weights'],
        message: `weights must sum to 1 (they sum to ${sum})`,
      });
    p.tiers.forEach((t, i) => {
      if (i > 0 && t.minComposite <= p.tiers[i - 1]!.minComposite) {
        ctx.addIssue({
          code: 'custom',
          path: ['tiers', i, 'minComposite'],
          message: 'tiers ascend: each needs a higher composite than the one before',
        });
      }
      if (Object.keys(t.headcount).length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['tiers', i, 'headcount'],
          message: 'a tier needs at least one role',
        });
      }
    });
    const signals = p.outcomes.signals.map((s) => s.id);
    signals.forEach((s, i) => {
      if (signals.indexOf(s) !== i)
        ctx.addIssue({
          code: 'custom',
          path: ['outcomes', 'signals', i, 'id'],
          message: `duplicate signal '${s}'`,
        });
    });
  }) satisfies z.ZodType<TierPolicy, unknown>;
