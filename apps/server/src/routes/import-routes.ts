/**
 * Around imports: detect an export's format and propose a mapping for it, the built-in presets, the
 * mappings the org keeps (used by POST /imports/:entity?mapping=<name>), and what the org holds of
 * each kind of record.
 */
import {
  dataCoverageSchema,
  importInferenceSchema,
  importMappingName,
  importMappingSaveRequest,
  importMappingSchema,
  importPresetSchema,
  problemSchema,
} from '@trellis/contracts';
import {
  deleteImportMappingUseCase,
  entityNames,
  fileSource,
  getDataCoverageUseCase,
  inferImportMappingUseCase,
  listImportMappingsUseCase,
  listImportPresetsUseCase,
  loadProgramFramework,
  saveImportMappingUseCase,
} from '@trellis/core';
import { z } from 'zod';
import { defineRoute } from '../http/route.ts';
import { MB, receiveUpload, UPLOAD_BODY_LIMIT } from '../http/upload.ts';

const tags = ['Imports'];
const orgParams = z.object({ org: z.string() });
const mappingParams = z.object({ org: z.string(), name: importMappingName });
const itemsOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int() });

export const importRoutes = [
  defineRoute({
    method: 'POST',
    url: '/orgs/:org/imports/infer',
    access: 'imports:run',
    summary: 'Detect an export’s format and propose a mapping for it (nothing is stored)',
    description:
      'Send the file as for an import: the body (Content-Type: text/csv, or the .xlsx type; name it with X-Filename) or multipart field `file`; up to TRELLIS_MAX_IMPORT_MB. Answers the encoding and delimiter read, the header, the first rows, and a proposed mapping (as an object and as YAML with a comment on each guess) for `entity`, or for the entity the header matches best.',
    tags,
    params: orgParams,
    query: z.object({
      entity: z
        .enum(entityNames)
        .optional()
        .describe('the entity to map to (default: guessed from the header)'),
      sheet: z
        .string()
        .max(100)
        .optional()
        .describe('the worksheet of an .xlsx workbook (default: the first)'),
    }),
    consumes: [
      'text/csv',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'multipart/form-data',
    ],
    bodyLimit: UPLOAD_BODY_LIMIT,
    responses: {
      200: importInferenceSchema,
      400: problemSchema,
      413: problemSchema,
      415: problemSchema,
      422: problemSchema,
    },
    handler: async ({ req, caller, query, server }) => {
      const max = server.config.TRELLIS_MAX_IMPORT_MB * MB;
      const upload = await receiveUpload(req, server.importFiles, caller.orgId, max, 'export.csv');
      try {
        const source = await fileSource(upload.filename, upload.blob.path, upload.blob.size);
        return await inferImportMappingUseCase(source, { entity: query.entity, sheet: query.sheet });
      } finally {
        // Only read, never kept.
        upload.blob.discard();
      }
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/orgs/:org/presets',
    access: 'imports:run',
    summary: 'The built-in mappings for common exports (POST /imports/:entity?preset=<name>)',
    tags,
    params: orgParams,
    responses: { 200: itemsOf(importPresetSchema) },
    handler: async () => {
      const items = listImportPresetsUseCase();
      return { items, total: items.length };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/orgs/:org/mappings',
    access: 'imports:run',
    summary: 'The mappings the org keeps for its imports (POST /imports/:entity?mapping=<name>)',
    tags,
    params: orgParams,
    responses: { 200: itemsOf(importMappingSchema) },
    handler: async ({ db, caller }) => {
      const items = await listImportMappingsUseCase(db, caller);
      return { items, total: items.length };
    },
  }),
  defineRoute({
    method: 'PUT',
    url: '/orgs/:org/mappings/:name',
    access: 'imports:run',
    summary: 'Save a mapping file under a name (201 when new, 200 when replaced)',
    description:
      'The YAML is validated like `trellis import --mapping`: a problem is 400 naming its line. Audited with the file before and after.',
    tags,
    params: mappingParams,
    body: importMappingSaveRequest,
    responses: { 200: importMappingSchema, 201: importMappingSchema, 400: problemSchema },
    handler: async ({ db, caller, params, body, reply }) => {
      const { mapping, created } = await saveImportMappingUseCase(db, caller, {
        name: params.name,
        yaml: body.yaml,
      });
      if (created) reply.code(201);
      return mapping;
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/orgs/:org/mappings/:name',
    access: 'imports:run',
    summary: 'Forget a saved mapping',
    tags,
    params: mappingParams,
    responses: { 204: z.null(), 404: problemSchema },
    handler: async ({ db, caller, params }) => {
      await deleteImportMappingUseCase(db, caller, { name: params.name });
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/orgs/:org/data-coverage',
    access: 'data-coverage:read',
    summary: 'What the org holds of each kind of record, and what each kind feeds',
    description:
      'For the ten kinds: how many records, the span of their dates, the criteria of the program framework (v1) whose signals read them, and what of partner readiness reads them. A kind never imported leaves those criteria "not measured".',
    tags: ['Records'],
    params: orgParams,
    responses: { 200: z.object({ items: z.array(dataCoverageSchema) }) },
    handler: async ({ db, caller }) => ({
      items: await getDataCoverageUseCase(db, caller, { framework: loadProgramFramework().framework }),
    }),
  }),
];
