/** Mapping files: parsed from text (a file, an upload), and the built-in presets under `mappings/`. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../errors.ts';
import { parseYaml, type YamlSource } from '../../frameworks/read-yaml.ts';
import { readTextFile } from '../../read-text-file.ts';
import { explainMappingIssue } from './mapping-issues.ts';
import { type Mapping, mappingSchema } from './mapping-schema.ts';

/** The shipped presets (src/ and dist/ sit at the same depth). */
export const MAPPINGS_DIR = fileURLToPath(new URL('../../../../../mappings', import.meta.url));

/** A mapping file, validated; a problem names its line and, in words, its place (mapping-issues.ts). */
export const parseMapping = (src: YamlSource): Mapping =>
  parseYaml(src, mappingSchema, 'Mapping', 'INVALID_INPUT', explainMappingIssue);

export const presetNames = (): string[] =>
  existsSync(MAPPINGS_DIR)
    ? readdirSync(MAPPINGS_DIR)
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => f.slice(0, -5))
        .sort()
    : [];

export const loadPreset = (name: string): Mapping => {
  if (!presetNames().includes(name))
    throw new AppError('NOT_FOUND', `No import preset "${name}"`, [
      { path: 'preset', reason: `presets: ${presetNames().join(', ')}` },
    ]);
  return parseMapping(readTextFile(join(MAPPINGS_DIR, `${name}.yaml`), 'Preset'));
};
