import { parse } from 'yaml';
import { ApiError } from '../../api/client.ts';

/**
 * The brief's YAML as the value the API takes. Aliases are refused (a brief has no need of them,
 * and they are how a small file becomes a huge value); the API validates the rest.
 */
export const parseBrief = (text: string): Record<string, unknown> => {
  let value: unknown;
  try {
    value = parse(text, { maxAliasCount: 0 });
  } catch (e) {
    throw new ApiError(400, 'INVALID_INPUT', `The brief is not valid YAML: ${(e as Error).message}`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new ApiError(
      400,
      'INVALID_INPUT',
      'The brief must be a YAML mapping (context, objectives, constraints …)',
    );
  return value as Record<string, unknown>;
};
