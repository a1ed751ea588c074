/**
 * A mapping file: how the columns of someone else's export (a CRM report, a spreadsheet) become the
 * columns of one canonical entity. See docs/import-format.md#mapping-files.
 */
import { z } from 'zod';
import { entityNames } from '../entity-name.ts';
import { dateOrderOf } from './value-formats.ts';

const sourceColumn = z.string().min(1).max(200);

export const columnRuleSchema = z.union([
  sourceColumn.describe('the source column, taken as it is'),
  z
    .strictObject({
      from: z
        .union([sourceColumn, z.array(sourceColumn).min(1)])
        .optional()
        .describe('source column (the first present of a list)'),
      value: z.string().optional().describe('a constant instead of a source column'),
      format: z.enum(['money', 'date', 'boolean']).optional(),
      map: z.record(z.string(), z.string()).optional().describe('source value → value (letter case ignored)'),
      otherwise: z.string().optional().describe('the value of anything the map does not name'),
      contains: z
        .string()
        .min(1)
        .optional()
        .describe('"true" when the source value contains this (any case), else "false"'),
      lookup: z
        .literal('name')
        .optional()
        .describe('the source names the referenced record instead of giving its external_id'),
      onlyWhen: z
        .record(z.string(), z.array(z.string()).min(1))
        .optional()
        .describe('empty unless another mapped column has one of these values'),
      optional: z.boolean().optional().describe('a source without this column is fine'),
    })
    .refine(
      (r) => (r.from !== undefined) !== (r.value !== undefined),
      'needs either from (a source column) or value (a constant), not both',
    ),
]);

export const mappingSchema = z.strictObject({
  kind: z.literal('mapping'),
  name: z.string().optional(),
  /** What the export is, in words ("Salesforce opportunities"): "This looks like a … export". */
  title: z.string().optional(),
  description: z.string().optional(),
  entity: z.enum(entityNames),
  /** e.g. M/D/YYYY or DD.MM.YYYY: the day-month order of dates written with / or . */
  dateFormat: z
    .string()
    .refine(
      (f) => dateOrderOf(f) !== undefined,
      'is not one Trellis reads: use M/D/YYYY, DD.MM.YYYY or YYYY-MM-DD',
    )
    .optional(),
  columns: z.record(z.string(), columnRuleSchema),
});

export type Mapping = z.infer<typeof mappingSchema>;
export type ColumnRule = z.infer<typeof columnRuleSchema>;
