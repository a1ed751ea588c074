/**
 * Requests and responses around imports: a proposed mapping for an export, the built-in presets, the
 * org's saved mappings, and what the org holds of each kind of record.
 */
import { z } from 'zod';
import { recordKindNames } from './common.ts';

const recordKind = z.enum(recordKindNames);

/** A mapping file's content (validated in full by the server: docs/import-format.md#mapping-files). */
export const mappingFileSchema = z
  .object({
    kind: z.literal('mapping'),
    name: z.string().optional(),
    title: z.string().optional().describe('what the export is, in words ("Salesforce opportunities")'),
    description: z.string().optional(),
    entity: recordKind,
    dateFormat: z.string().optional(),
    columns: z
      .record(z.string(), z.unknown())
      .describe('canonical column → the source column, or a rule (from, value, format, map, …)'),
  })
  .meta({ id: 'Mapping' });

export const importInferenceSchema = z
  .object({
    entity: recordKind.describe('the entity given, or the one the header matches best'),
    encoding: z.string().describe('utf-8, utf-16le, utf-16be, windows-1252; "xlsx" for a workbook'),
    delimiter: z.string().describe('"," ";" "\\t" or "|"; empty for a workbook'),
    header: z.array(z.string()).describe('the header row (title lines above it skipped)'),
    sample: z.array(z.array(z.string())).describe('the first rows after the header (at most 10)'),
    mapping: mappingFileSchema,
    yaml: z.string().describe('the mapping as a file to review and edit, with a comment on each guess'),
    notes: z.array(z.string()).describe('one line per guess, and per required column not found'),
    preset: z
      .object({
        name: z.string().describe('import with ?preset=<name>'),
        title: z.string().describe('what the export is: "Salesforce opportunities"'),
        entity: recordKind,
        message: z
          .string()
          .describe(
            '"This looks like a Salesforce opportunities export: choose the Salesforce opportunities preset"',
          ),
        dateFormat: z
          .string()
          .nullable()
          .describe(
            'the date format to import with (`?dateFormat=`) when most of the file’s dates are in another order than the preset reads, else null',
          ),
      })
      .nullable()
      .describe('the shipped preset whose columns the header has (then `entity` is its entity), or null'),
    dates: z
      .object({
        format: z.string().describe('as the file writes dates: "M/D/YYYY", "DD.MM.YYYY"'),
        order: z.enum(['MDY', 'DMY']),
        basis: z
          .enum(['majority', 'assumed'])
          .describe('majority: most dates can only be read this way; assumed: every date reads either way'),
      })
      .nullable()
      .describe('how the file orders its day-month dates, decided by most of them; null when it has none'),
  })
  .meta({ id: 'ImportInference' });

export const importPresetSchema = z
  .object({
    name: z.string(),
    title: z.string().describe('what the export is, in words: "Salesforce opportunities"'),
    entity: recordKind,
    description: z.string(),
    dateFormat: z.string().nullable().describe('how it reads day-month dates (M/D/YYYY), or null'),
    columns: z.array(z.string()).describe('the columns of the export it reads (the first name of each)'),
  })
  .meta({ id: 'ImportPreset' });

/** A saved mapping's name: 1–80 letters, digits, spaces, `_`, `.` and `-`, not starting or ending with a space. */
export const importMappingName = z
  .string()
  .regex(/^[A-Za-z0-9 _.-]{1,80}$/, '1–80 letters, digits, spaces, _ . -')
  .refine((s) => s.trim() === s, 'no space at the start or end');

export const importMappingSchema = z
  .object({
    name: z.string(),
    entity: recordKind,
    yaml: z.string(),
    updatedAt: z.string(),
    updatedBy: z.string(),
  })
  .meta({ id: 'ImportMapping' });

export const importMappingSaveRequest = z.strictObject({
  yaml: z
    .string()
    .min(1)
    .max(100_000)
    .describe('the mapping file (YAML): docs/import-format.md#mapping-files'),
});

export const dataCoverageSchema = z
  .object({
    kind: recordKind,
    rows: z.number().int(),
    from: z.string().nullable().describe('the earliest date of the kind’s own date (joined, created, …)'),
    to: z.string().nullable(),
    feeds: z.array(z.string()).describe('criteria of the program framework whose signals read this kind'),
    readiness: z.string().describe('what of partner readiness reads it (empty: nothing)'),
  })
  .meta({ id: 'DataCoverage' });
