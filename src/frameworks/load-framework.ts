/** Finds, reads, validates and fingerprints framework files under `frameworks/<kind>/<version>.yaml`. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import type { CompetencyFramework } from '../domain/competency-framework.ts';
import type { ProgramFramework } from '../domain/program-framework.ts';
import type { TierPolicy } from '../domain/tier-policy.ts';
import { AppError } from '../errors.ts';
import { competencyFrameworkSchema } from './competency-framework-schema.ts';
import { programFrameworkSchema } from './program-framework-schema.ts';
import { parseYaml, readText } from './read-yaml.ts';
import { tierPolicySchema } from './tier-policy-schema.ts';

export const FRAMEWORKS_DIR = fileURLToPath(new URL('../../frameworks', import.meta.url));

export interface Loaded<T> {
  framework: T;
  file: string;
  sha256: string;
}

const versionsOf = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => f.slice(0, -5))
        .sort()
    : [];

/** The file of a framework version, or a NOT_FOUND error listing the versions that exist. */
export const frameworkFile = (kind: string, version: string, root = FRAMEWORKS_DIR): string => {
  const dir = join(root, kind);
  const versions = versionsOf(dir);
  if (!versions.includes(version)) {
    throw new AppError('NOT_FOUND', `Unknown ${kind} framework version '${version}'`, [
      { path: 'framework', reason: `available: ${versions.join(', ') || 'none'} (in ${dir})` },
    ]);
  }
  return join(dir, `${version}.yaml`);
};

const loadFile = <S extends z.ZodType>(file: string, schema: S): Loaded<z.infer<S>> => {
  const text = readText(file, 'Framework file');
  const framework = parseYaml({ file, text }, schema, 'Framework', 'FRAMEWORK_INVALID');
  return { framework, file, sha256: createHash('sha256').update(text).digest('hex') };
};

export const loadProgramFrameworkFile = (file: string): Loaded<ProgramFramework> =>
  loadFile(file, programFrameworkSchema);
export const loadCompetencyFrameworkFile = (file: string): Loaded<CompetencyFramework> =>
  loadFile(file, competencyFrameworkSchema);
export const loadTierPolicyFile = (file: string): Loaded<TierPolicy> => loadFile(file, tierPolicySchema);

export const loadCompetencyFramework = (version = 'v1', root = FRAMEWORKS_DIR): Loaded<CompetencyFramework> =>
  loadCompetencyFrameworkFile(frameworkFile('partner-competency', version, root));

export const loadTierPolicy = (version = 'v1', root = FRAMEWORKS_DIR): Loaded<TierPolicy> =>
  loadTierPolicyFile(frameworkFile('tier-policy', version, root));

export const loadProgramFramework = (version = 'v1', root = FRAMEWORKS_DIR): Loaded<ProgramFramework> =>
  loadProgramFrameworkFile(frameworkFile('program-readiness', version, root));
