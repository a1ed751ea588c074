import { z } from 'zod';
import { programReportSchema } from './program-report-schema.ts';

/** The shipped JSON Schema (draft 2020-12) of program-report.json, as text. */
export const programReportJsonSchema = (): string =>
  `${JSON.stringify(z.toJSONSchema(programReportSchema, { target: 'draft-2020-12' }), null, 2)}\n`;
