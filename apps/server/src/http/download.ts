/**
 * A document sent as a download (`trellis report`'s formats over the API): its content type, an
 * attachment name (made of ids and dates only, so plain ASCII), never cached by a shared cache.
 */
import type { FastifyReply } from 'fastify';

const TYPES = {
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export type DownloadType = keyof typeof TYPES;

export const sendDownload = (
  reply: FastifyReply,
  file: { name: string; type: DownloadType; body: string | Buffer },
) =>
  reply
    .type(TYPES[file.type])
    .header('content-disposition', `attachment; filename="${file.name}"`)
    .header('cache-control', 'private, no-cache')
    .send(file.body);
