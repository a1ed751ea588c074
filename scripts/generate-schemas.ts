/** Regenerates schemas/*.schema.json from the zod contracts (a test fails when they drift). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas } from '@trellis/contracts';

for (const [name, text] of Object.entries(jsonSchemas())) {
  const out = join(import.meta.dirname, '../schemas', name);
  writeFileSync(out, text);
  process.stderr.write(`wrote ${out}\n`);
}
