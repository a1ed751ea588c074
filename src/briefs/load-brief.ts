import type { Brief } from '../domain/brief.ts';
import type { ProgramFramework } from '../domain/program-framework.ts';
import { AppError } from '../errors.ts';
import { parseYaml, readText } from '../frameworks/read-yaml.ts';
import { briefSchema } from './brief-schema.ts';

export const loadBrief = (file: string): Brief =>
  parseYaml({ file, text: readText(file, 'Brief') }, briefSchema, 'Brief');

/** Manual scores must name criteria of the framework the brief is assessed against. */
export const checkBriefAgainstFramework = (brief: Brief, framework: ProgramFramework, file: string): void => {
  const ids = new Set(framework.dimensions.flatMap((d) => d.criteria.map((c) => c.id)));
  const issues = brief.scores
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => !ids.has(s.criterion))
    .map(({ s, i }) => ({
      file,
      path: `scores[${i}].criterion`,
      reason: `unknown criterion '${s.criterion}'`,
    }));
  if (issues.length) throw new AppError('INVALID_INPUT', `Brief ${file} is invalid`, issues);
};
