import { z } from 'zod';

/** The ten kinds of record, in reference order (partners first): import entities, record routes, data coverage. */
export const recordKindNames = [
  'partners',
  'people',
  'opportunities',
  'activities',
  'surveys',
  'meetings',
  'evaluations',
  'evidence',
  'projects',
  'references',
] as const;

export const roleSchema = z.enum(['owner', 'admin', 'program_manager', 'assessor', 'viewer', 'partner']);
export type Role = z.infer<typeof roleSchema>;
/** A real calendar date YYYY-MM-DD, years 1900–2999 (an as-of date looks back a year from it). */
/** The largest seed of Trellis's seeded generator (mulberry32 takes an unsigned 32-bit integer). */
export const MAX_SEED = 0xffff_ffff;

/** A seed that repeats a random draw (a spot audit, a bootstrap): an unsigned 32-bit integer. */
export const seedSchema = z.number().int().min(0).max(MAX_SEED);

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    const year = Number(s.slice(0, 4));
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && year >= 1900 && year <= 2999;
  }, 'a real calendar date from 1900 to 2999');
export const orgIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lowercase letters, digits and dashes (1–63)');
export const emailSchema = z.email().max(254);

/** One problem found in an input: where (file, line, column or field, path) and why. */
export const issueSchema = z
  .object({
    field: z.string().optional(),
    file: z.string().optional(),
    line: z.number().int().optional(),
    column: z.string().optional(),
    path: z.string().optional(),
    value: z.string().optional().describe('the offending value as given (cut to 100 characters)'),
    reason: z.string(),
  })
  .meta({ id: 'Issue' });
export type Issue = z.infer<typeof issueSchema>;

/** RFC 9457 problem details, as every error response of the API. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    code: z.string(),
    requestId: z.string(),
    issues: z.array(issueSchema).optional(),
  })
  .meta({ id: 'Problem' });
