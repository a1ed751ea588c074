/**
 * Validates and fingerprints framework texts (from the shipped catalog, a file the CLI read or an
 * upload), and serves the shipped catalog: `frameworks/<kind>/<version>.yaml` in the repository.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PublishedTiers } from '@trellis/contracts';
import type { z } from 'zod';
import type { CompetencyFramework } from '../domain/competency-framework.ts';
import type { ProgramFramework } from '../domain/program-framework.ts';
import type { ProgramMaturityFramework } from '../domain/program-maturity.ts';
import type { TierPolicy } from '../domain/tier-policy.ts';
import { AppError } from '../errors.ts';
import { readTextFile } from '../read-text-file.ts';
import { competencyFrameworkSchema } from './competency-framework-schema.ts';
import { programFrameworkSchema } from './program-framework-schema.ts';
import { programMaturitySchema } from './program-maturity-schema.ts';
import { parseYaml, type YamlSource } from './read-yaml.ts';
import { tierPolicySchema } from './tier-policy-schema.ts';

/** The shipped catalog; src/ and dist/ sit at the same depth, so this holds for both. */
export const FRAMEWORKS_DIR = fileURLToPath(new URL('../../../../frameworks', import.meta.url));

export interface Loaded<T> {
  framework: T;
  /** Where it came from: a catalog or CLI file path, or an upload's name. */
  source: string;
  sha256: string;
}

/** A framework is identified by the sha256 of its text as written. */
const sha256Text = (text: string): string => createHash('sha256').update(text).digest('hex');

const parseFramework = <S extends z.ZodType>(src: YamlSource, schema: S): Loaded<z.infer<S>> => ({
  framework: parseYaml(src, schema, 'Framework', 'FRAMEWORK_INVALID'),
  source: src.name,
  sha256: sha256Text(src.text),
});

export const parseProgramFramework = (src: YamlSource): Loaded<ProgramFramework> =>
  parseFramework(src, programFrameworkSchema);
export const parseCompetencyFramework = (src: YamlSource): Loaded<CompetencyFramework> =>
  parseFramework(src, competencyFrameworkSchema);
export const parseTierPolicy = (src: YamlSource): Loaded<TierPolicy> => parseFramework(src, tierPolicySchema);
export const parseProgramMaturity = (src: YamlSource): Loaded<ProgramMaturityFramework> =>
  parseFramework(src, programMaturitySchema);

const versionsOf = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => f.slice(0, -5))
        .sort()
    : [];

/** The versions of a framework kind in the catalog. */
export const frameworkVersions = (kind: string, root = FRAMEWORKS_DIR): string[] =>
  versionsOf(join(root, kind));

/** The file of a framework version, or a NOT_FOUND error listing the versions that exist. */
export const frameworkFile = (kind: string, version: string, root = FRAMEWORKS_DIR): string => {
  const versions = frameworkVersions(kind, root);
  if (!versions.includes(version)) {
    throw new AppError('NOT_FOUND', `Unknown ${kind} framework version '${version}'`, [
      { path: 'framework', reason: `available: ${versions.join(', ') || 'none'}` },
    ]);
  }
  return join(root, kind, `${version}.yaml`);
};

const catalog = (kind: string, version: string, root: string) =>
  readTextFile(frameworkFile(kind, version, root), 'Framework file');

export const loadCompetencyFramework = (version = 'v1', root = FRAMEWORKS_DIR): Loaded<CompetencyFramework> =>
  parseCompetencyFramework(catalog('partner-competency', version, root));

/** A published tier policy as written (the simulation starts from it), with its sha256. */
export const tierPolicySource = (
  version = 'v1',
  root = FRAMEWORKS_DIR,
): { version: string; sha256: string; yaml: string } => {
  const src = catalog('tier-policy', version, root);
  return { version, sha256: sha256Text(src.text), yaml: src.text };
};

export const loadTierPolicy = (version = 'v1', root = FRAMEWORKS_DIR): Loaded<TierPolicy> =>
  parseTierPolicy(catalog('tier-policy', version, root));

/** A published policy's tiers, highest first (the policy lists them lowest first): names and order for the web app. */
export const publishedTiers = (version = 'v1', root = FRAMEWORKS_DIR): PublishedTiers => ({
  version,
  tiers: loadTierPolicy(version, root)
    .framework.tiers.map(({ id, name }) => ({ id, name }))
    .reverse(),
});

export const loadProgramFramework = (version = 'v1', root = FRAMEWORKS_DIR): Loaded<ProgramFramework> =>
  parseProgramFramework(catalog('program-readiness', version, root));

/** The readiness program's own maturity matrix (issue 18): capabilities, levels and KPIs. */
export const loadProgramMaturity = (
  version = 'v1',
  root = FRAMEWORKS_DIR,
): Loaded<ProgramMaturityFramework> =>
  parseProgramMaturity(catalog('readiness-program-maturity', version, root));
