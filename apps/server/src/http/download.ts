/**
 * A document sent as a download (`trellis report`'s formats over the API): its content type, an
 * attachment name (made of ids and dates only, so plain ASCII), never cached by a shared cache.
 */
import type { FastifyReply } from 'fastify';
import { z } from 'zod';

const TYPES = {
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export type DownloadType = keyof typeof TYPES;

/** Bytes, not text: PDF and spreadsheets (and evidence files, whatever their type). */
export const binaryBody = z.string().meta({ format: 'binary' });

/** How a download route's 200 is documented in the OpenAPI document: the file, in one of `types`. */
export const downloadResponse = (types: readonly DownloadType[]) => ({
  description: 'The file, sent as a download (Content-Disposition: attachment)',
  content: Object.fromEntries(
    types.map((t) => [
      TYPES[t].split(';')[0]!,
      { schema: t === 'pdf' || t === 'xlsx' ? binaryBody : z.string() },
    ]),
  ),
});

export const sendDownload = (
  reply: FastifyReply,
  file: { name: string; type: DownloadType; body: string | Buffer },
) =>
  reply
    .type(TYPES[file.type])
    .header('content-disposition', `attachment; filename="${file.name}"`)
    .header('cache-control', 'private, no-cache')
    .send(file.body);
