/**
 * The API's operations as the served OpenAPI document lists them: method, path, the access it
 * declares (public, any signed-in caller, or a permission of the table) and whether it takes a
 * JSON body. Path parameters are filled by `urlOf`.
 */
import type { FastifyInstance } from 'fastify';
import type { Permission } from '../../apps/server/src/permissions/permission-table.ts';

export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** OpenAPI path, e.g. /api/v1/orgs/{org}/partners/{id}. */
  path: string;
  access: 'public' | 'signed-in' | Permission;
  json: boolean;
  /** Names of the path parameters. */
  params: string[];
  /** Names of the query parameters. */
  query: string[];
}

export const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const isUnsafe = (op: Operation): boolean => UNSAFE.has(op.method);
export const isOrgScoped = (op: Operation): boolean => op.path.startsWith('/api/v1/orgs/{org}');
export const label = (op: Operation): string => `${op.method} ${op.path}`;

interface OpenApiOperation {
  description?: string;
  parameters?: { in: string; name: string }[];
  requestBody?: { content?: Record<string, unknown> };
}

export const loadOperations = async (app: FastifyInstance): Promise<Operation[]> => {
  const res = await app.inject({ url: '/api/openapi.json' });
  if (res.statusCode !== 200) throw new Error(`GET /api/openapi.json: ${res.statusCode}`);
  const doc = JSON.parse(res.body) as { paths: Record<string, Record<string, OpenApiOperation>> };
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(methods)) {
      const text = op.description ?? '';
      const permission = /Permission `([^`]+)`/.exec(text)?.[1];
      const access = permission
        ? (permission as Permission)
        : text.includes('No sign-in needed')
          ? 'public'
          : text.includes('Any signed-in')
            ? 'signed-in'
            : undefined;
      if (!access) throw new Error(`${method} ${path}: no access in its description`);
      ops.push({
        method: method.toUpperCase() as Operation['method'],
        path,
        access,
        json: Boolean(op.requestBody?.content?.['application/json']),
        params: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
        query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
      });
    }
  return ops;
};

/** Path values: an object id per kind of record, an assessment number, a criterion … */
export type Ids = Record<string, string>;

const ZERO_UUID = '00000000-0000-0000-0000-000000000000';

/** The URL of `op` in `org`, with ids taken from `ids` (by the segment the id follows). */
export const urlOf = (op: Operation, org: string, ids: Ids): string =>
  op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === 'org') return org;
    if (name === 'id') {
      const kind = op.path.split('/')[5]!;
      const value =
        kind === 'jobs' ? ids.job : kind === 'api-tokens' ? (ids['api-tokens'] ?? ZERO_UUID) : ids[kind];
      return encodeURIComponent(value ?? ids.partners ?? 'NO-SUCH');
    }
    const values: Ids = {
      number: ids.number ?? '1',
      criterion: ids.criterion ?? 'gtm.joint-plan',
      version: 'v1',
      action: ids.action ?? 'co-sell-playbook',
      sha256: ids.file ?? '0'.repeat(64),
      entity: 'partners',
      userId: ids.userId ?? ZERO_UUID,
      name: ids.mapping ?? 'no-such-mapping',
      session: ids.session ?? ids.number ?? '1',
      unit: ids.unit ?? ids.evaluations ?? 'NO-SUCH',
      evaluation: ids.evaluations ?? 'NO-SUCH',
    };
    return encodeURIComponent(values[name] ?? name);
  });
