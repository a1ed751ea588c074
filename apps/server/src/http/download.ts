/**
 * A document sent as a download (`trellis report`'s formats over the API): its content type, an
 * attachment name (made of ids and dates only, so plain ASCII), never cached by a shared cache.
 * The formats of each kind, their names and content types come from @trellis/core's one table.
 */
import {
  type DocumentFile,
  type DocumentKind,
  type DownloadFormatOf,
  downloadFormats,
  fileTypes,
  isBinaryFormat,
  papers,
} from '@trellis/core';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';

/** Bytes, not text: PDF and spreadsheets (and evidence files, whatever their type). */
export const binaryBody = z.string().meta({ format: 'binary' });

/** A document route's query: the formats its kind is made in (HTML, which every kind has, by default) and the PDF's paper. */
export const documentQuery = <K extends DocumentKind>(kind: K) =>
  z.object({
    format: z.enum(downloadFormats(kind)).default('html' as DownloadFormatOf<K>),
    paper: z.enum(papers).default('A4').describe('PDF paper size'),
  });

/** How a document route's 200 is documented in the OpenAPI document: the file, in one of its kind's types. */
export const downloadResponse = (kind: DocumentKind) => ({
  description: 'The file, sent as a download (Content-Disposition: attachment)',
  content: Object.fromEntries(
    downloadFormats(kind).map((f) => [
      fileTypes[f].contentType.split(';')[0]!,
      { schema: isBinaryFormat(f) ? binaryBody : z.string() },
    ]),
  ),
});

export const sendDownload = (reply: FastifyReply, file: DocumentFile) =>
  reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename="${file.name}"`)
    .header('cache-control', 'private, no-cache')
    .send(file.body);
