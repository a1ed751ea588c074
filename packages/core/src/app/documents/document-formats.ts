/**
 * Which documents there are, the formats each is made in, and what each format is as a file (its
 * extension and content type) — declared here once: the API's query enums and OpenAPI responses,
 * the CLI's `--format` choices and the use-case's own check all read this table.
 */
import { AppError } from '../../errors.ts';

export const documentKinds = ['program', 'partner', 'readiness'] as const;
export type DocumentKind = (typeof documentKinds)[number];

/**
 * Per kind, in the order the doors list them. `prompt` is the program's assessment prompt for a
 * language model; `json` is the program report's contract itself.
 */
export const documentFormats = {
  program: ['md', 'html', 'prompt', 'pdf', 'xlsx', 'json'],
  partner: ['html', 'pdf', 'md'],
  readiness: ['html', 'pdf', 'md'],
} as const satisfies Record<DocumentKind, readonly string[]>;

export type DocumentFormat = (typeof documentFormats)[DocumentKind][number];
export type FormatOf<K extends DocumentKind> = (typeof documentFormats)[K][number];

/** The API serves the report JSON at GET …/assessments/:n itself, so no download carries it. */
export type DownloadFormatOf<K extends DocumentKind> = Exclude<FormatOf<K>, 'json'>;

export const downloadFormats = <K extends DocumentKind>(kind: K): DownloadFormatOf<K>[] =>
  (documentFormats[kind] as readonly FormatOf<K>[]).filter((f): f is DownloadFormatOf<K> => f !== 'json');

/** What a format is as a file. The prompt is Markdown too: named and typed so that it opens as such. */
export const fileTypes = {
  md: { extension: 'md', contentType: 'text/markdown; charset=utf-8' },
  prompt: { extension: 'md', contentType: 'text/markdown; charset=utf-8' },
  html: { extension: 'html', contentType: 'text/html; charset=utf-8' },
  pdf: { extension: 'pdf', contentType: 'application/pdf' },
  xlsx: {
    extension: 'xlsx',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  json: { extension: 'json', contentType: 'application/json; charset=utf-8' },
} as const satisfies Record<DocumentFormat, { extension: string; contentType: string }>;

/** Text is sent as a string; the rest (PDF, spreadsheets) are bytes. */
export const isBinaryFormat = (format: DocumentFormat): boolean =>
  !fileTypes[format].contentType.startsWith('text/') && format !== 'json';

/** The format, checked against the kind: the doors only offer the allowed ones, so this is a guard. */
export const allowedFormat = <K extends DocumentKind>(kind: K, format: string): FormatOf<K> => {
  const formats: readonly string[] = documentFormats[kind];
  if (!formats.includes(format))
    throw new AppError(
      'INVALID_INPUT',
      `A ${kind} document is made in ${formats.join(', ')}, not ${format}`,
      [{ field: 'format', value: format, reason: `not one of ${formats.join(', ')}` }],
    );
  return format as FormatOf<K>;
};
