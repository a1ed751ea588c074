import { z } from 'zod';
import { programReportSchema } from './program-report-schema.ts';
import { readinessReportSchema } from './readiness-report-schema.ts';

/** The shipped JSON Schemas (draft 2020-12) by file name under schemas/, as text. */
export const jsonSchemas = (): Record<string, string> => ({
  'program-report.schema.json': `${JSON.stringify(z.toJSONSchema(programReportSchema, { target: 'draft-2020-12' }), null, 2)}\n`,
  'readiness-report.schema.json': `${JSON.stringify(z.toJSONSchema(readinessReportSchema, { target: 'draft-2020-12' }), null, 2)}\n`,
});
