import type { TierPolicy } from '../domain/tier-policy.ts';
import { type Loaded, parseTierPolicy } from '../frameworks/load-framework.ts';
import type { Mapping } from '../importers/mapping/mapping-schema.ts';
import { parseMapping } from '../importers/mapping/presets.ts';
import { readTextFile } from '../read-text-file.ts';

/** Reads and validates a tier-policy YAML file (a candidate to simulate). */
export const readTierPolicyFile = (file: string): Loaded<TierPolicy> =>
  parseTierPolicy(readTextFile(file, 'Framework file'));

/** Reads and validates a mapping file (a CRM export's columns → an entity's). */
export const readMappingFile = (file: string): Mapping => parseMapping(readTextFile(file, 'Mapping file'));
