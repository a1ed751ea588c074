import type { Brief } from '../domain/brief.ts';
import type { ProgramFramework } from '../domain/program-framework.ts';
import { AppError } from '../errors.ts';
import { formatPath, parseYaml, type YamlSource } from '../frameworks/read-yaml.ts';
import { briefSchema } from './brief-schema.ts';

/** Validates a brief given as YAML (or JSON, which is YAML) text. */
export const parseBrief = (src: YamlSource): Brief => parseYaml(src, briefSchema, 'Brief');

/** Validates a brief given as a parsed value (an API body): the same rules, field paths in errors. */
export const briefFromValue = (value: unknown, name = 'brief'): Brief => {
  const parsed = briefSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new AppError(
    'INVALID_INPUT',
    `Brief ${name} is invalid`,
    parsed.error.issues.map((i) => ({
      path: formatPath(i.path) || '(top level)',
      reason: i.message,
    })),
  );
};

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
