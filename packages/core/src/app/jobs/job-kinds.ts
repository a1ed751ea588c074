/** The kinds of background job and the payload each carries (validated again when it runs). */
import { importPayloadSchema } from '@trellis/contracts';
import { z } from 'zod';
import { mappingSchema } from '../../importers/mapping/mapping-schema.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const jobPayloads = {
  // What the API shows of an import (the contracts' ImportPayload), and how to read the file.
  import: importPayloadSchema.extend({
    /** A CRM export's columns → the entity's (a preset's or an uploaded mapping's content). */
    mapping: mappingSchema.optional(),
    dateOrder: z.enum(['MDY', 'DMY', 'YMD']).optional(),
    sheet: z.string().optional(),
  }),
  'score-readiness': z.object({ asOf: isoDate, policyVersion: z.string() }),
  'assess-program': z.object({
    brief: z.unknown(),
    briefName: z.string(),
    frameworkVersion: z.string(),
    asOf: isoDate.optional(),
  }),
} as const;

export type JobKind = keyof typeof jobPayloads;
export const jobKinds = Object.keys(jobPayloads) as JobKind[];
export type JobPayload<K extends JobKind> = z.infer<(typeof jobPayloads)[K]>;
