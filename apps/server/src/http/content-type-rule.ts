/**
 * A route takes JSON unless it declares what else it consumes (uploads: CSV, workbooks, multipart).
 * Anything else is 415 before the body is read — a text/plain body sent to a JSON route was read
 * whole (under the upload limit) and then reported as a JSON object of Buffer methods.
 */
import { AppError } from '@trellis/core';
import type { FastifyRequest } from 'fastify';

/** Whether the request carries a body at all (a length, or chunks on their way). */
const hasBody = (req: FastifyRequest): boolean => {
  const length = req.headers['content-length'];
  return (length !== undefined && length !== '0') || req.headers['transfer-encoding'] !== undefined;
};

export const checkContentType = (consumes: string[] | undefined, req: FastifyRequest): void => {
  if (consumes || !hasBody(req)) return;
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json' || type === '') return;
  throw new AppError('UNSUPPORTED_MEDIA_TYPE', `This route takes application/json, not ${type}`, [
    { field: 'content-type', value: type, reason: 'send the body as application/json' },
  ]);
};
