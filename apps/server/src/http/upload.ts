/**
 * Reading an uploaded file: a multipart/form-data part named `file`, or the raw request body
 * (text/csv and friends). Both are bounded: the route's body limit, and `maxBytes` for the file.
 */
import { AppError } from '@trellis/core';
import type { FastifyRequest } from 'fastify';
import { checkRequestText } from './text-rule.ts';

export interface Upload {
  filename: string;
  contentType: string;
  bytes: Buffer;
  /** The other form fields of a multipart upload. */
  fields: Record<string, string>;
}

export const MB = 1024 * 1024;
/** The body limit of upload routes: above any file limit, which readUpload enforces per route. */
export const UPLOAD_BODY_LIMIT = 2048 * MB;

export const RAW_TYPES = [
  'text/csv',
  'text/plain',
  'application/octet-stream',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

/**
 * The multipart parser's own complaints (no boundary, a truncated form) are the client's: 400 with
 * what it said. Limits and other Fastify errors keep their codes (problem.ts maps them).
 */
const unreadableForm = (err: unknown): never => {
  if (err instanceof AppError || (err as { code?: string }).code?.startsWith('FST_')) throw err;
  throw new AppError('INVALID_INPUT', 'The multipart form cannot be read', [
    { field: 'content-type', reason: String((err as Error).message ?? err).slice(0, 200) },
  ]);
};

export const readUpload = (req: FastifyRequest, maxBytes: number, defaultName: string): Promise<Upload> =>
  readUploadParts(req, maxBytes, defaultName).catch(unreadableForm);

const readUploadParts = async (
  req: FastifyRequest,
  maxBytes: number,
  defaultName: string,
): Promise<Upload> => {
  if (req.isMultipart()) {
    const fields: Record<string, string> = {};
    let file: Omit<Upload, 'fields'> | undefined;
    for await (const part of req.parts({ limits: { fileSize: maxBytes, files: 1, fields: 20 } })) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') {
          part.file.resume();
          continue;
        }
        const bytes = await part.toBuffer();
        file = { filename: part.filename || defaultName, contentType: part.mimetype, bytes };
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
    if (!file)
      throw new AppError('INVALID_INPUT', 'No file in the upload', [{ field: 'file', reason: 'required' }]);
    // The form's fields and the file's name obey the text rule of every other input.
    checkRequestText({ body: { ...fields, filename: file.filename } });
    return { ...file, fields };
  }
  const body = req.body;
  if (!Buffer.isBuffer(body) || body.length === 0)
    throw new AppError('INVALID_INPUT', 'The upload is empty', [
      { field: 'body', reason: 'send the file as the body or as multipart field "file"' },
    ]);
  if (body.length > maxBytes)
    throw new AppError('TOO_LARGE', `The file is larger than ${Math.round(maxBytes / 1e6)} MB`);
  const name = req.headers['x-filename'];
  checkRequestText({ body: { filename: typeof name === 'string' ? name : '' } });
  return {
    filename: typeof name === 'string' && name ? name : defaultName,
    contentType: (req.headers['content-type'] ?? 'application/octet-stream').split(';')[0]!,
    bytes: body,
    fields: {},
  };
};
