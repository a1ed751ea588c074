/**
 * The one error type of Trellis. Every failure a user can cause is an AppError with a code from a
 * closed set; the code alone decides the CLI exit code and the HTTP status (problem+json), in one place.
 */
export const errorCodes = {
  INVALID_INPUT: { exit: 2, http: 400, title: 'Invalid input' },
  IMPORT_REJECTED: { exit: 3, http: 422, title: 'Import rejected' },
  FRAMEWORK_INVALID: { exit: 4, http: 422, title: 'Invalid framework' },
  NOT_FOUND: { exit: 5, http: 404, title: 'Not found' },
  CONFLICT: { exit: 6, http: 409, title: 'Conflict' },
  DATABASE: { exit: 7, http: 503, title: 'Database error' },
  LOCKED: { exit: 8, http: 503, title: 'Database in use' },
  UNAUTHENTICATED: { exit: 9, http: 401, title: 'Sign-in required' },
  FORBIDDEN: { exit: 10, http: 403, title: 'Not allowed' },
  RATE_LIMITED: { exit: 11, http: 429, title: 'Too many attempts' },
  TOO_LARGE: { exit: 12, http: 413, title: 'Too large' },
  UNSUPPORTED_MEDIA_TYPE: { exit: 13, http: 415, title: 'Unsupported media type' },
  UNAVAILABLE: { exit: 14, http: 503, title: 'Not available here' },
  INTERNAL: { exit: 1, http: 500, title: 'Internal error' },
} as const;

export type ErrorCode = keyof typeof errorCodes;

/** One problem found in an input: where (file, line, column or field) and why. */
export interface Issue {
  file?: string;
  /** A request field (`body.email`, `query.limit`) or an entity field (`partner_external_id`). */
  field?: string;
  /** The offending value as given (cut to 100 characters), where there is one. */
  value?: string;
  line?: number;
  column?: string;
  path?: string;
  reason: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: Issue[] = [],
    /** Extra facts for the client (problem+json members), e.g. `retryAfterSeconds`. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const exitCodeOf = (err: unknown): number =>
  err instanceof AppError ? errorCodes[err.code].exit : errorCodes.INTERNAL.exit;

export const formatIssue = (i: Issue): string => {
  const where = [i.file, i.line !== undefined ? `line ${i.line}` : undefined, i.column, i.field, i.path]
    .filter((x) => x !== undefined && x !== '')
    .join(', ');
  return where ? `${where}: ${i.reason}` : i.reason;
};

/** Human-readable, multi-line rendering for the CLI (at most `limit` issues, then a count). */
export const formatAppError = (err: AppError, limit = 50): string => {
  const lines = [err.message];
  for (const i of err.issues.slice(0, limit)) lines.push(`  - ${formatIssue(i)}`);
  if (err.issues.length > limit) lines.push(`  … and ${err.issues.length - limit} more`);
  return lines.join('\n');
};
