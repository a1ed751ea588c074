import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Brief } from '../domain/brief.ts';
import type { EntitySources } from '../importers/csv-source.ts';
import { entityNames } from '../importers/entity-name.ts';
import { readBriefFile } from './brief-file.ts';
import { csvFile } from './csv-file.ts';

/** The seed's filled example, shipped with the repository (src/ and dist/ sit at the same depth). */
export const EXAMPLE_DIR = fileURLToPath(new URL('../../../../examples/seed-saas', import.meta.url));

/** A program to load: its brief and a source per entity present. */
export interface ExampleProgram {
  brief: Brief;
  briefName: string;
  sources: EntitySources;
}

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
