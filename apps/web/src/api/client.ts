/**
 * The one door to the REST API: same-origin fetch with the session cookie, the CSRF token on every
 * write, JSON in and out, and problem+json turned into an ApiError that keeps the API's own words
 * (its message, and per-field issues for forms).
 */

export interface ApiIssue {
  field?: string;
  line?: number;
  column?: string;
  value?: string;
  reason: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ApiIssue[] = [],
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
  }

  /** The API's reason for one form field (`body.email` or `email`), if it gave one. */
  fieldError(field: string): string | undefined {
    return this.issues.find((i) => i.field === field || i.field === `body.${field}`)?.reason;
  }
}

let csrfToken: string | undefined;

/** Set from the session (sign-in, setup, GET /auth/session); sent with every write. */
export const setCsrfToken = (token: string | undefined) => {
  csrfToken = token;
};

export const API = '/api/v1';

type Body = Record<string, unknown> | unknown[] | FormData | string | Blob | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: Body;
  /** Content type of a string or Blob body (`text/csv`). */
  contentType?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

const problemOf = async (res: Response): Promise<ApiError> => {
  const text = await res.text();
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // Not problem+json (a proxy's page): keep the status.
  }
  const message =
    (typeof body.detail === 'string' && body.detail) ||
    (typeof body.title === 'string' && body.title) ||
    `The server answered ${res.status}`;
  return new ApiError(
    res.status,
    typeof body.code === 'string' ? body.code : 'HTTP_ERROR',
    message,
    Array.isArray(body.issues) ? (body.issues as ApiIssue[]) : [],
    body,
  );
};

/** Calls the API at `path` (relative to /api/v1 unless it starts with /api/). */
export const api = async <T>(path: string, opts: RequestOptions = {}): Promise<T> => {
  const method = opts.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json', ...opts.headers };
  let body: BodyInit | undefined;
  if (opts.body instanceof FormData || opts.body instanceof Blob) body = opts.body;
  else if (typeof opts.body === 'string') body = opts.body;
  else if (opts.body !== undefined) body = JSON.stringify(opts.body);
  if (body !== undefined && !(opts.body instanceof FormData))
    headers['content-type'] = opts.contentType ?? 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const url = path.startsWith('/api/') ? path : `${API}${path}`;
  const res = await fetch(url, { method, headers, body, credentials: 'same-origin', signal: opts.signal });
  if (!res.ok) throw await problemOf(res);
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  return (type.includes('json') ? await res.json() : await res.text()) as T;
};

/** A query string from the defined values of `params`. */
export const qs = (params: Record<string, string | number | boolean | undefined | null>) => {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') s.set(k, String(v));
  const text = s.toString();
  return text ? `?${text}` : '';
};

/** A paged list as the API returns it. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}
