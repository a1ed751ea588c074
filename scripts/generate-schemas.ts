/** Regenerates schemas/*.schema.json from the zod contracts (a test fails when they drift). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { programReportJsonSchema } from '../src/reports/program-report-json-schema.ts';

const out = join(import.meta.dirname, '../schemas/program-report.schema.json');
writeFileSync(out, programReportJsonSchema());
process.stderr.write(`wrote ${out}\n`);
