/**
 * CRUD for the ten record kinds of the canonical import, generated from their definitions: a
 * record has the fields of its CSV columns (docs/import-format.md), references by external_id, and
 * is addressed by its external_id. Writes go through the import's own validation.
 */
import { isoDate, problemSchema } from '@trellis/contracts';
import {
  type ColumnDefinition,
  createRecordUseCase,
  deleteRecordUseCase,
  type EntityName,
  entityDefinitions,
  entityNames,
  filterNames,
  getRecordUseCase,
  listRecordsUseCase,
  type RecordValue,
  storedColumns,
  updateRecordUseCase,
} from '@trellis/core';
import { z } from 'zod';
import { listOf, page, paged } from '../http/pagination.ts';
import { defineRoute, type RouteSpec } from '../http/route.ts';
import type { Permission } from '../permissions/permission-table.ts';

/** A column's value as the API takes it: the same types the CSV import reads. */
const valueSchema = (c: ColumnDefinition): z.ZodType<Exclude<RecordValue, null>> => {
  switch (c.type) {
    case 'date':
      return isoDate;
    case 'boolean':
      return z.boolean();
    case 'numeric':
    case 'integer':
    case 'smallint':
      return z.number();
    default:
      return z.string().min(1).max(2000);
  }
};

const describeColumn = (c: ColumnDefinition) =>
  c.references
    ? `external_id of a ${c.references.label} of the org`
    : `${c.type}${c.required ? ', required' : ''}`;

const recordSchema = (entity: EntityName) =>
  z
    .object(
      Object.fromEntries(
        storedColumns(entityDefinitions[entity]).map((c) => [
          c.name,
          valueSchema(c).nullable().describe(describeColumn(c)),
        ]),
      ),
    )
    .meta({ id: `${entity[0]!.toUpperCase()}${entity.slice(1)}Record` });

const bodySchema = (entity: EntityName, mode: 'create' | 'update') =>
  z
    .object(
      Object.fromEntries(
        entityDefinitions[entity].columns.map((c) => {
          const v = valueSchema(c).describe(describeColumn(c));
          return [c.name, mode === 'create' && c.required ? v : v.nullable().optional()];
        }),
      ),
    )
    .strict();

const idParams = z.object({ org: z.string(), id: z.string().min(1).max(200) });
const orgParams = z.object({ org: z.string() });

const routesFor = (entity: EntityName): RouteSpec[] => {
  const read = `${entity}:read` as Permission;
  const write = `${entity}:write` as Permission;
  const tags = ['Records'];
  const record = recordSchema(entity);
  const filters = Object.fromEntries(
    filterNames(entityDefinitions[entity]).map((f) => [f, z.string().optional()]),
  );
  return [
    defineRoute({
      method: 'GET',
      url: `/orgs/:org/${entity}`,
      access: read,
      summary: `List ${entity}`,
      description:
        'Filters: equality on text, boolean and reference fields; `<field>_from` / `<field>_to` (inclusive) on dates and numbers; `q` searches ids and names. `sort` by any field, `-` for descending.',
      tags,
      params: orgParams,
      query: z
        .object({ ...page, sort: z.string().optional(), q: z.string().max(200).optional(), ...filters })
        .strict(),
      responses: { 200: listOf(record) },
      handler: async ({ db, caller, query }) => {
        const { limit, offset, sort, q, ...rest } = query as Record<string, string> & {
          limit: number;
          offset: number;
        };
        const result = await listRecordsUseCase(db, caller, {
          entity,
          query: {
            limit,
            offset,
            sort,
            q,
            filters: Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
          },
        });
        return paged(result, { limit, offset });
      },
    }),
    defineRoute({
      method: 'GET',
      url: `/orgs/:org/${entity}/:id`,
      access: read,
      summary: `Get one of ${entity} by external_id`,
      tags,
      params: idParams,
      responses: { 200: record, 404: problemSchema },
      handler: ({ db, caller, params }) => getRecordUseCase(db, caller, { entity, externalId: params.id }),
    }),
    defineRoute({
      method: 'POST',
      url: `/orgs/:org/${entity}`,
      access: write,
      summary: `Create one of ${entity}`,
      description: 'Validated exactly like a row of the CSV import; 409 when the external_id exists.',
      tags,
      params: orgParams,
      body: bodySchema(entity, 'create'),
      responses: { 201: record, 400: problemSchema, 409: problemSchema },
      handler: async ({ db, caller, body, reply }) => {
        const created = await createRecordUseCase(db, caller, { entity, values: body });
        reply.code(201);
        return created;
      },
    }),
    defineRoute({
      method: 'PATCH',
      url: `/orgs/:org/${entity}/:id`,
      access: write,
      summary: `Update fields of one of ${entity}`,
      tags,
      params: idParams,
      body: bodySchema(entity, 'update'),
      responses: { 200: record, 400: problemSchema, 404: problemSchema },
      handler: ({ db, caller, params, body }) =>
        updateRecordUseCase(db, caller, { entity, externalId: params.id, patch: body }),
    }),
    defineRoute({
      method: 'DELETE',
      url: `/orgs/:org/${entity}/:id`,
      access: write,
      summary: `Delete one of ${entity}`,
      description: '409 while other records still refer to it.',
      tags,
      params: idParams,
      responses: { 204: z.null(), 404: problemSchema, 409: problemSchema },
      handler: async ({ db, caller, params }) => {
        await deleteRecordUseCase(db, caller, { entity, externalId: params.id });
      },
    }),
  ];
};

export const recordRoutes = entityNames.flatMap(routesFor);
