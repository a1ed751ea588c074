/**
 * RFC 9457 problem+json from the one AppError code map (@trellis/core errors.ts). Validation errors
 * name the field; anything that is not an AppError becomes a bare 500 with the request id, and the
 * details go to the server log only: no stack trace, SQL or path reaches a client.
 */
import { AppError, type ErrorCode, errorCodes, type Issue } from '@trellis/core';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: ErrorCode;
  requestId: string;
  issues?: Issue[];
  [extra: string]: unknown;
}

const typeOf = (code: ErrorCode) => `/problems/${code.toLowerCase().replace(/_/g, '-')}`;

export const problemOf = (err: AppError, req: FastifyRequest): Problem => {
  const { http, title } = errorCodes[err.code];
  return {
    type: typeOf(err.code),
    title,
    status: http,
    detail: err.message,
    instance: req.url.split('?')[0]!,
    code: err.code,
    requestId: req.id,
    ...(err.issues.length ? { issues: err.issues } : {}),
    ...err.extra,
  };
};

/** Fastify's own errors (body too large, bad JSON, wrong content type) as AppErrors. */
const fromFastify = (err: FastifyError, req: FastifyRequest): AppError | undefined => {
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = err.validationContext === 'querystring' ? 'query' : (err.validationContext ?? 'body');
    const issues = err.validation.flatMap((v) => {
      const path = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
      const base = path ? `${where}.${path}` : where;
      // An unknown field is named itself, not its parent object.
      const keys = (v.params as { keys?: unknown }).keys;
      if (v.keyword === 'unrecognized_keys' && Array.isArray(keys))
        return keys.map((k) => ({ field: `${base}.${String(k)}`, reason: 'unknown field' }));
      return [{ field: base, reason: v.message ?? 'invalid' }];
    });
    return new AppError(
      'INVALID_INPUT',
      `Invalid request ${where}: ${issues.map((i) => i.field).join(', ')}`,
      issues,
    );
  }
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
      return new AppError('TOO_LARGE', `The request body is larger than this endpoint accepts`);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError(
        'UNSUPPORTED_MEDIA_TYPE',
        `Content-Type ${req.headers['content-type'] ?? '(none)'} is not accepted here`,
      );
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('INVALID_INPUT', 'The request body is not valid JSON', [
        { field: 'body', reason: err.message },
      ]);
    case 'FST_FILES_LIMIT':
      return new AppError('INVALID_INPUT', 'Send one file per upload', [
        { field: 'file', reason: 'more than one file part' },
      ]);
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_PROTO_VIOLATION':
    case 'FST_NO_FORM_DATA':
      return new AppError('INVALID_INPUT', 'The upload is not a form this endpoint reads', [
        { field: 'body', reason: err.message },
      ]);
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new AppError('UNSUPPORTED_MEDIA_TYPE', 'Expected a multipart/form-data upload');
    case 'FST_ERR_BAD_URL':
      return new AppError('INVALID_INPUT', 'The URL is not valid (a percent-encoding that is not UTF-8)', [
        { field: 'path', reason: 'not valid percent-encoded UTF-8' },
      ]);
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new AppError('NOT_FOUND', 'No such record: the id is longer than any id can be');
    case 'FST_ERR_ASYNC_CONSTRAINT':
      return new AppError('INVALID_INPUT', 'The request could not be routed');
  }
  if (err.statusCode === 400 && err instanceof SyntaxError)
    return new AppError('INVALID_INPUT', 'The request body could not be parsed', [
      { field: 'body', reason: 'malformed' },
    ]);
  return undefined;
};

export const sendProblem = (reply: FastifyReply, problem: Problem): FastifyReply => {
  if (typeof problem.retryAfterSeconds === 'number')
    reply.header('retry-after', String(problem.retryAfterSeconds));
  return reply.code(problem.status).type('application/problem+json').send(problem);
};

export const errorHandler = (err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
  const app = err instanceof AppError ? err : fromFastify(err, req);
  if (app) {
    if (errorCodes[app.code].http >= 500) req.log.error({ err: app }, app.message);
    return sendProblem(reply, problemOf(app, req));
  }
  req.log.error({ err }, 'unexpected failure');
  return sendProblem(
    reply,
    problemOf(
      new AppError(
        'INTERNAL',
        `Something went wrong on our side; quote request id ${req.id} when reporting it`,
      ),
      req,
    ),
  );
};

export const notFoundHandler = (req: FastifyRequest, reply: FastifyReply) =>
  sendProblem(
    reply,
    problemOf(new AppError('NOT_FOUND', `No route ${req.method} ${req.url.split('?')[0]}`), req),
  );
