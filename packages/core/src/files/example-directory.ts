import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntitySources } from '../app/import-sources.ts';
import type { ExampleProgram } from '../app/load-example-program.ts';
import { entityNames } from '../importers/entity-name.ts';
import { readBriefFile } from './brief-file.ts';
import { csvFile } from './csv-file.ts';

/** The seed's filled example, shipped with the repository (src/ and dist/ sit at the same depth). */
export const EXAMPLE_DIR = fileURLToPath(new URL('../../../../examples/seed-saas', import.meta.url));

/** Reads an example directory: `brief.yaml` and one `<entity>.csv` per entity present. */
export const readExampleDirectory = async (dir = EXAMPLE_DIR): Promise<ExampleProgram> => {
  const briefName = join(dir, 'brief.yaml');
  const sources: EntitySources = {};
  for (const entity of entityNames) {
    const file = join(dir, `${entity}.csv`);
    if (existsSync(file)) sources[entity] = await csvFile(file);
  }
  return { brief: readBriefFile(briefName), briefName, sources };
};
