import type { TierPolicy } from '../domain/tier-policy.ts';
import { type Loaded, parseTierPolicy } from '../frameworks/load-framework.ts';
import { readTextFile } from './read-text-file.ts';

/** Reads and validates a tier-policy YAML file (a candidate to simulate). */
export const readTierPolicyFile = (file: string): Loaded<TierPolicy> =>
  parseTierPolicy(readTextFile(file, 'Framework file'));
