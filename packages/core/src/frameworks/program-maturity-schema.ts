/** zod schema of `frameworks/readiness-program-maturity/*.yaml`. */
import { z } from 'zod';
import {
  kpiUnits,
  maturityCapabilities,
  maturityKpis,
  type ProgramMaturityFramework,
} from '../domain/program-maturity.ts';

const text = z.string().min(1);

const kpi = z
  .object({
    id: z.enum(maturityKpis),
    name: text,
    unit: z.enum(kpiUnits),
    better: z.enum(['higher', 'lower']),
  })
  .strict();

const capability = z
  .object({
    id: z.enum(maturityCapabilities),
    name: text,
    from: text,
    to: text,
    owner: text,
    kpis: z.array(kpi).min(1, 'a capability needs at least one primary KPI'),
  })
  .strict();

const level = z
  .object({
    level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
    name: text,
    description: text,
  })
  .strict();

export const programMaturitySchema = z
  .object({
    kind: z.literal('readiness-program-maturity'),
    version: text,
    title: text,
    levels: z.array(level).length(5, 'the five scoring levels 1–5'),
    capabilities: z.array(capability),
  })
  .strict()
  .superRefine((f, ctx) => {
    f.levels.forEach((l, i) => {
      if (l.level !== i + 1)
        ctx.addIssue({
          code: 'custom',
          path: ['levels', i, 'level'],
          message: `expected level ${i + 1} here`,
        });
    });
    // The matrix is the seed's: its six capabilities, once each, in its order.
    maturityCapabilities.forEach((id, i) => {
      if (f.capabilities[i]?.id !== id)
        ctx.addIssue({
          code: 'custom',
          path: f.capabilities[i] ? ['capabilities', i, 'id'] : ['capabilities'],
          message: `capability ${i + 1} must be '${id}' (the six: ${maturityCapabilities.join(', ')})`,
        });
    });
    if (f.capabilities.length > maturityCapabilities.length)
      ctx.addIssue({
        code: 'custom',
        path: ['capabilities', maturityCapabilities.length],
        message: `there are six capabilities, not ${f.capabilities.length}`,
      });
    // A KPI is primary to one capability, so a trend is never counted twice.
    const owners = new Map<string, string>();
    f.capabilities.forEach((c, ci) => {
      c.kpis.forEach((k, ki) => {
        const first = owners.get(k.id);
        if (first)
          ctx.addIssue({
            code: 'custom',
            path: ['capabilities', ci, 'kpis', ki, 'id'],
            message: `KPI '${k.id}' is already a KPI of '${first}'`,
          });
        else owners.set(k.id, c.id);
      });
    });
  }) satisfies z.ZodType<ProgramMaturityFramework, unknown>;
