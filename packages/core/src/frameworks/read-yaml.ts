/**
 * Parses a YAML text and validates it with a zod schema. Every problem names the file, the path
 * inside it (e.g. `dimensions[2].criteria[0].signal.cuts`) and, where the node exists, its line.
 */
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { AppError, type ErrorCode, type Issue } from '../errors.ts';

export const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)),
    '',
  );

/** The text and the name it came by (a file path, an upload's name). */
export interface YamlSource {
  name: string;
  text: string;
}

/** A schema problem as its reader should see it: the path to its node, and the reason. */
export type ExplainIssue = (issue: z.core.$ZodIssue) => { path: (string | number)[]; reason: string };

export const parseYaml = <S extends z.ZodType>(
  { name: file, text }: YamlSource,
  schema: S,
  what: string,
  code: ErrorCode = 'INVALID_INPUT',
  /** Words for the schema's problems (zod's own by default). */
  explain?: ExplainIssue,
): z.infer<S> => {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (doc.errors.length) {
    throw new AppError(
      code,
      `${what} ${file} is not valid YAML`,
      doc.errors.map((e) => ({ file, line: e.linePos?.[0]?.line, reason: e.message.split('\n')[0]! })),
    );
  }
  let value: unknown;
  try {
    // yaml refuses documents that expand aliases without bound ("billion laughs").
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    throw new AppError(code, `${what} ${file} could not be read`, [
      {
        file,
        reason:
          err instanceof ReferenceError ? 'it expands too many aliases (&anchor / *alias)' : String(err),
      },
    ]);
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues: Issue[] = parsed.error.issues.map((i) => {
    const { path, reason } = explain?.(i) ?? {
      path: i.path.filter((k): k is string | number => typeof k !== 'symbol'),
      reason: i.message,
    };
    const node = lineOf(doc, lines, path);
    return { file, line: node, path: formatPath(path) || '(top level)', reason };
  });
  throw new AppError(code, `${what} ${file} is invalid`, issues);
};

/** The line of the deepest existing node on `path`. */
const lineOf = (doc: ReturnType<typeof parseDocument>, lines: LineCounter, path: (string | number)[]) => {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
};
