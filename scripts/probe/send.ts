/**
 * One request through Fastify's inject, with the probe's time limit: the answer, or "hang".
 */
import type { FastifyInstance } from 'fastify';
import { HANG_MS } from './tally.ts';

export interface Auth {
  cookie?: string;
  csrf?: string;
  bearer?: string;
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
  raw: Buffer;
  // biome-ignore lint/suspicious/noExplicitAny: answers are read field by field
  data: any;
}

export interface Sent {
  method: string;
  url: string;
  /** An object is sent as JSON; a string or Buffer as is. */
  body?: unknown;
  headers?: Record<string, string>;
}

const HANG = Symbol('hang');

export const send = async (app: FastifyInstance, auth: Auth, req: Sent): Promise<Answer | 'hang'> => {
  const headers: Record<string, string> = { ...req.headers };
  if (auth.cookie) headers.cookie = auth.cookie;
  if (auth.csrf && req.method !== 'GET') headers['x-csrf-token'] = auth.csrf;
  if (auth.bearer) headers.authorization = `Bearer ${auth.bearer}`;
  let payload: string | Buffer | undefined;
  if (req.body !== undefined) {
    payload = typeof req.body === 'string' || Buffer.isBuffer(req.body) ? req.body : JSON.stringify(req.body);
    if (!headers['content-type'] && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
      headers['content-type'] = 'application/json';
  }
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<typeof HANG>((resolve) => {
    timer = setTimeout(() => resolve(HANG), HANG_MS);
  });
  try {
    const res = await Promise.race([
      app.inject({ method: req.method as 'GET', url: req.url, payload, headers }),
      limit,
    ]);
    if (res === HANG) return 'hang';
    let data: unknown;
    try {
      data = res.body ? JSON.parse(res.body) : undefined;
    } catch {
      data = undefined;
    }
    return { status: res.statusCode, headers: res.headers, body: res.body, raw: res.rawPayload, data };
  } finally {
    clearTimeout(timer);
  }
};

/** "POST /api/v1/…" for findings. */
export const describe = (who: string, req: Sent): string => `${who} ${req.method} ${req.url.slice(0, 200)}`;

export const snippet = (a: Answer): string => a.body.slice(0, 300);
