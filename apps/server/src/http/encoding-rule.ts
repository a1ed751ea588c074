/**
 * Bytes that are not UTF-8 are refused, not guessed at: a JSON body or a query value with an
 * invalid sequence would otherwise be decoded with U+FFFD in its place and stored as "����".
 * (Paths are checked by the router: FST_ERR_BAD_URL.)
 */
import { AppError } from '@trellis/core';
import type { FastifyInstance } from 'fastify';

const strict = new TextDecoder('utf-8', { fatal: true });

/** The JSON body, decoded strictly then parsed by Fastify's own (prototype-safe) parser. */
export const registerStrictJson = (app: FastifyInstance): void => {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body, done) => {
    let text: string;
    try {
      text = strict.decode(body as Buffer);
    } catch {
      return done(
        new AppError('INVALID_INPUT', 'The body is not UTF-8 text', [
          { field: 'body', reason: 'holds a byte sequence that is not UTF-8' },
        ]),
      );
    }
    parse(req, text, done);
  });
};

/** The text a %-escaped query part stands for, or undefined when its escapes are not UTF-8. */
const decoded = (part: string): string | undefined => {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
};

/** Throws INVALID_INPUT naming the first query parameter whose %-escapes are not UTF-8. */
export const checkQueryEncoding = (url: string): void => {
  const at = url.indexOf('?');
  if (at < 0) return;
  for (const pair of url.slice(at + 1).split('&')) {
    const [name = '', value = ''] = pair.split('=', 2);
    if (decoded(name) !== undefined && decoded(value) !== undefined) continue;
    const field = `query.${decoded(name) ?? '?'}`;
    throw new AppError('INVALID_INPUT', `Invalid text in ${field}`, [
      { field, reason: 'a %-escape that is not UTF-8 (or not an escape at all)' },
    ]);
  }
};
