/** zod schema of `frameworks/partner-competency/*.yaml`. */
import { z } from 'zod';
import { type CompetencyFramework, roles } from '../domain/competency-framework.ts';

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'ids are lowercase, digits, dots, dashes and underscores');
const behaviour = z.string().min(1, 'describe the observable behaviour');

export const competencyFrameworkSchema = z
  .object({
    kind: z.literal('partner-competency'),
    version: z.string().min(1),
    title: z.string().min(1),
    levels: z
      .array(
        z
          .object({ level: z.number().int().min(1).max(4), name: z.string().min(1), description: z.string() })
          .strict(),
      )
      .length(4),
    artifactTypes: z
      .array(z.object({ id, name: z.string().min(1), description: z.string() }).strict())
      .min(1),
    validityDays: z.number().int().positive(),
    roles: z
      .array(
        z
          .object({
            id: z.enum(roles),
            name: z.string().min(1),
            competencies: z
              .array(
                z
                  .object({
                    id,
                    name: z.string().min(1),
                    artifacts: z.array(id).min(1),
                    levels: z.object({ 1: behaviour, 2: behaviour, 3: behaviour, 4: behaviour }).strict(),
                  })
                  .strict(),
              )
              .min(3, 'at least three competencies per role'),
          })
          .strict(),
      )
      .length(4, 'the four roles: sales, solutions, implementation, admin'),
  })
  .strict()
  .superRefine((f, ctx) => {
    const artifacts = new Set(f.artifactTypes.map((a) => a.id));
    const seen = new Set<string>();
    f.roles.forEach((r, ri) => {
      if (f.roles.findIndex((x) => x.id === r.id) !== ri) {
        ctx.addIssue({ code: 'custom', path: ['roles', ri, 'id'], message: `duplicate role '${r.id}'` });
      }
      r.competencies.forEach((c, ci) => {
        if (seen.has(c.id))
          ctx.addIssue({
            code: 'custom',
            path: ['roles', ri, 'competencies', ci, 'id'],
            message: `duplicate competency '${c.id}'`,
          });
        seen.add(c.id);
        c.artifacts.forEach((a, ai) => {
          if (!artifacts.has(a)) {
            ctx.addIssue({
              code: 'custom',
              path: ['roles', ri, 'competencies', ci, 'artifacts', ai],
              message: `unknown artifact type '${a}'`,
            });
          }
        });
      });
    });
  }) satisfies z.ZodType<CompetencyFramework, unknown>;
