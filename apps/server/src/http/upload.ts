/**
 * Reading an uploaded file: a multipart/form-data part named `file`, or the raw request body
 * (text/csv and friends, which app.ts leaves unread for this). Either way the file is a stream,
 * bounded by `maxBytes`, poured into a blob store (evidence files, import uploads) with its sha256
 * counted on the way — so an upload never sits in the heap whole.
 */
import { AppError, type BlobStore, type ReceivedBlob } from '@trellis/core';
import type { FastifyRequest } from 'fastify';
import { checkRequestText } from './text-rule.ts';

/** An upload received into the store (not yet kept: the use-case keeps or discards it). */
export interface ReceivedUpload {
  filename: string;
  contentType: string;
  blob: ReceivedBlob;
  fields: Record<string, string>;
}

export const MB = 1024 * 1024;
/** The body limit of upload routes: above any file limit, which the sinks enforce per route. */
export const UPLOAD_BODY_LIMIT = 2048 * MB;

export const RAW_TYPES = [
  'text/csv',
  'text/plain',
  'application/octet-stream',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

/** Where a file's bytes go, and how to forget them when the upload is refused after all. */
interface Sink<F> {
  take(chunks: AsyncIterable<Uint8Array>, maxBytes: number): Promise<F>;
  size(file: F): number;
  drop(file: F): void;
}

const tooLarge = (maxBytes: number) =>
  new AppError('TOO_LARGE', `The file is larger than ${Math.round(maxBytes / 1e6)} MB`);

const intoStore = (store: BlobStore, org: string): Sink<ReceivedBlob> => ({
  take: (chunks, maxBytes) => store.receive(org, chunks, maxBytes),
  size: (blob) => blob.size,
  drop: (blob) => blob.discard(),
});

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

/** An upload streamed into the org's area of `store`, its size and sha256 counted on the way. */
export const receiveUpload = async (
  req: FastifyRequest,
  store: BlobStore,
  org: string,
  maxBytes: number,
  defaultName: string,
): Promise<ReceivedUpload> => {
  const { file, ...rest } = await readUploadInto(req, maxBytes, defaultName, intoStore(store, org));
  return { ...rest, blob: file };
};

/** One upload being read: its limits, and the sink that keeps what it takes (to drop on refusal). */
interface Reading<F> {
  maxBytes: number;
  defaultName: string;
  take(chunks: AsyncIterable<Uint8Array>): Promise<F>;
  size(file: F): number;
}

const readUploadInto = async <F>(
  req: FastifyRequest,
  maxBytes: number,
  defaultName: string,
  sink: Sink<F>,
): Promise<{ filename: string; contentType: string; file: F; fields: Record<string, string> }> => {
  const taken: F[] = [];
  const reading: Reading<F> = {
    maxBytes,
    defaultName,
    async take(chunks) {
      const file = await sink.take(chunks, maxBytes);
      taken.push(file);
      return file;
    },
    size: sink.size,
  };
  try {
    return await (req.isMultipart() ? readForm(req, reading) : readBody(req, reading));
  } catch (err) {
    // A refused upload leaves nothing behind.
    for (const file of taken) sink.drop(file);
    return unreadableForm(err);
  }
};

const readForm = async <F>(req: FastifyRequest, { maxBytes, defaultName, take }: Reading<F>) => {
  const fields: Record<string, string> = {};
  let file: { filename: string; contentType: string; file: F } | undefined;
  for await (const part of req.parts({ limits: { fileSize: maxBytes, files: 1, fields: 20 } })) {
    if (part.type === 'file') {
      if (part.fieldname !== 'file') {
        part.file.resume();
        continue;
      }
      const received = await take(part.file);
      // The parser stops a file at the limit and says so on the stream.
      if (part.file.truncated) throw tooLarge(maxBytes);
      file = { filename: part.filename || defaultName, contentType: part.mimetype, file: received };
    } else if (typeof part.value === 'string') {
      fields[part.fieldname] = part.value;
    }
  }
  if (!file)
    throw new AppError('INVALID_INPUT', 'No file in the upload', [{ field: 'file', reason: 'required' }]);
  // The form's fields and the file's name obey the text rule of every other input.
  checkRequestText({ body: { ...fields, filename: file.filename } });
  return { ...file, fields };
};

const readBody = async <F>(req: FastifyRequest, { maxBytes, defaultName, take, size }: Reading<F>) => {
  // A body announced past the limit is refused before a byte of it is read.
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) throw tooLarge(maxBytes);
  const received = await take(req.raw);
  if (size(received) === 0)
    throw new AppError('INVALID_INPUT', 'The upload is empty', [
      { field: 'body', reason: 'send the file as the body or as multipart field "file"' },
    ]);
  const name = req.headers['x-filename'];
  checkRequestText({ body: { filename: typeof name === 'string' ? name : '' } });
  return {
    filename: typeof name === 'string' && name ? name : defaultName,
    contentType: (req.headers['content-type'] ?? 'application/octet-stream').split(';')[0]!,
    file: received,
    fields: {},
  };
};
