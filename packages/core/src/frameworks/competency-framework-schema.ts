/** zod schema of `frameworks/partner-competency/*.yaml`. */
import { z } from 'zod';
import { type CompetencyFramework, roles } from '../domain/competency-framework.ts';

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'ids are lowercase, digits, dots, dashes and underscores');
const behaviour = z.string().min(1, 'describe the observable behaviour');
const level = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
  error: 'a level is 1, 2, 3 or 4',
});

/** A mapping rule from the superseded version (see CompetencyReplacement). */
const replacement = z
  .object({
    competency: id,
    levels: z
      .object({ 1: level.optional(), 2: level.optional(), 3: level.optional(), 4: level.optional() })
      .strict()
      .optional(),
  })
  .strict();

export const competencyFrameworkSchema = z
  .object({
    kind: z.literal('partner-competency'),
    version: z.string().min(1),
    supersedes: z.string().min(1).optional(),
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
                    replaces: replacement.optional(),
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
        if (c.replaces && !f.supersedes)
          ctx.addIssue({
            code: 'custom',
            path: ['roles', ri, 'competencies', ci, 'replaces'],
            message: "a mapping rule needs the version it maps from: add 'supersedes' at the top",
          });
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
