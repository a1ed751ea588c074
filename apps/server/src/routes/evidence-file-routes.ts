/**
 * Evidence files: upload for a person (size and type checked), list, and download or delete one by
 * its partner and sha256 — each partner holds its own record of a file (issue 16), so the sha256
 * alone names none.
 */
import { createReadStream } from 'node:fs';
import { evidenceFileSchema, problemSchema } from '@trellis/contracts';
import {
  deleteEvidenceFileUseCase,
  evidenceTypes,
  getEvidenceFileUseCase,
  listEvidenceFilesUseCase,
  uploadEvidenceFileUseCase,
} from '@trellis/core';
import { z } from 'zod';
import { binaryBody } from '../http/download.ts';
import { listOf, page, paged } from '../http/pagination.ts';
import { defineRoute } from '../http/route.ts';
import { MB, receiveUpload, UPLOAD_BODY_LIMIT } from '../http/upload.ts';

const tags = ['Evidence files'];

/** RFC 6266 filename, ASCII fallback plus the UTF-8 form. */
const disposition = (name: string) =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export const evidenceFileRoutes = [
  defineRoute({
    method: 'POST',
    url: '/orgs/:org/evidence-files',
    access: 'evidence-files:upload',
    summary: 'Upload an evidence file for a person (multipart: `file`, `person`)',
    description: `Accepted types: ${Object.keys(evidenceTypes).join(', ')}; the bytes must match the declared type. Stored per partner and content (sha256): the same bytes again for the same partner answer its stored file; for another partner they are stored for that partner too. A partner user may upload for their own partner's people only.`,
    tags,
    params: z.object({ org: z.string() }),
    consumes: ['multipart/form-data'],
    bodyLimit: UPLOAD_BODY_LIMIT,
    responses: { 201: evidenceFileSchema, 413: problemSchema, 415: problemSchema },
    handler: async ({ req, reply, db, caller, server }) => {
      const upload = await receiveUpload(
        req,
        server.evidence,
        caller.orgId,
        server.config.TRELLIS_MAX_EVIDENCE_MB * MB,
        'evidence',
      );
      const file = await uploadEvidenceFileUseCase(db, caller, {
        person: upload.fields.person,
        filename: upload.filename,
        contentType: upload.contentType,
        upload: upload.blob,
      });
      reply.code(201);
      return file;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/orgs/:org/evidence-files',
    access: 'evidence-files:read',
    summary: 'Evidence files, newest first (a partner user sees their own partner’s)',
    tags,
    params: z.object({ org: z.string() }),
    query: z.object({
      ...page,
      partner: z.string().max(200).optional(),
      person: z.string().max(200).optional(),
    }),
    responses: { 200: listOf(evidenceFileSchema) },
    handler: async ({ db, caller, query }) => paged(await listEvidenceFilesUseCase(db, caller, query), query),
  }),
  defineRoute({
    method: 'GET',
    url: '/orgs/:org/partners/:id/evidence-files/:sha256',
    access: 'evidence-files:read',
    summary: 'Download one of a partner’s evidence files',
    tags,
    params: z.object({ org: z.string(), id: z.string().max(200), sha256: z.string().max(64) }),
    responses: {
      200: {
        description: 'The file as it was uploaded, with its own content type',
        content: { '*/*': { schema: binaryBody } },
      },
      404: problemSchema,
    },
    handler: async ({ db, caller, params, reply, server }) => {
      const file = await getEvidenceFileUseCase(
        db,
        caller,
        { partner: params.id, sha256: params.sha256 },
        server.evidence,
      );
      reply
        .type(file.contentType)
        .header('content-disposition', disposition(file.filename))
        .header('content-length', String(file.size))
        .header('cache-control', 'private, max-age=3600, immutable')
        .header('etag', `"${file.sha256}"`);
      return reply.send(createReadStream(file.path));
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/orgs/:org/partners/:id/evidence-files/:sha256',
    access: 'evidence-files:delete',
    summary: 'Delete one of a partner’s evidence files',
    description:
      'Removes the partner’s record of the file; its bytes go once no other partner of the org holds the same file.',
    tags,
    params: z.object({ org: z.string(), id: z.string().max(200), sha256: z.string().max(64) }),
    responses: { 204: z.null(), 404: problemSchema },
    handler: async ({ db, caller, params, server }) => {
      await deleteEvidenceFileUseCase(
        db,
        caller,
        { partner: params.id, sha256: params.sha256 },
        server.evidence,
      );
    },
  }),
];
