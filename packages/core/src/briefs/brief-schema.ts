/** zod schema of a brief YAML file (the seed's three variables, structured). */
import { z } from 'zod';
import { type Brief, objectiveMetrics } from '../domain/brief.ts';
import { isIsoDate } from '../domain/dates.ts';

const isoDate = z.string().refine(isIsoDate, 'must be a date YYYY-MM-DD');
/** YAML turns 2026-09-30 into a Date; accept it and normalise back to the ISO string. */
const dateField = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), isoDate);
const level = z.enum(['limited', 'moderate', 'ample']);

export const briefSchema = z
  .object({
    name: z.string().min(1),
    asOf: dateField.optional(),
    context: z
      .object({
        notes: z.string().optional(),
        companyRevenue: z.number().positive('company revenue must be positive').optional(),
        tools: z.array(z.string()).optional(),
        targetRegions: z.array(z.string().min(1)).default([]),
        targetSegments: z.array(z.string().min(1)).default([]),
      })
      .strict(),
    objectives: z
      .array(
        z
          .object({
            metric: z.enum(objectiveMetrics),
            target: z.number().nonnegative(),
            deadline: dateField.optional(),
            note: z.string().optional(),
          })
          .strict(),
      )
      .default([]),
    initiatives: z
      .array(
        z
          .object({
            title: z.string().min(1),
            count: z.number().int().positive().optional(),
            deadline: dateField.optional(),
          })
          .strict(),
      )
      .default([]),
    constraints: z
      .object({
        teamSize: z.number().int().positive(),
        budget: level,
        executiveBandwidth: level,
        notes: z.string().optional(),
      })
      .strict(),
    scores: z
      .array(
        z
          .object({
            criterion: z.string().min(1),
            score: z.number().int().min(1).max(5),
            reason: z.string().min(1, 'a manual score needs a reason'),
          })
          .strict(),
      )
      .default([]),
  })
  .strict()
  .superRefine((b, ctx) => {
    const seen = new Set<string>();
    b.objectives.forEach((o, i) => {
      if (seen.has(o.metric))
        ctx.addIssue({
          code: 'custom',
          path: ['objectives', i, 'metric'],
          message: `duplicate objective '${o.metric}'`,
        });
      seen.add(o.metric);
      if ((o.metric === 'revenue_share' || o.metric === 'active_share') && o.target > 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['objectives', i, 'target'],
          message: 'a share is between 0 and 1 (0.3 = 30%)',
        });
      }
      if (o.metric === 'satisfaction' && o.target > 10) {
        ctx.addIssue({
          code: 'custom',
          path: ['objectives', i, 'target'],
          message: 'satisfaction is on a 0–10 scale',
        });
      }
    });
  }) satisfies z.ZodType<Brief, unknown>;
