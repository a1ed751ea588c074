/** The remediation plan: items per gap, updated or closed by people (re-scoring closes them too). */
import { problemSchema, remediationItemSchema, remediationUpdateRequest } from '@trellis/contracts';
import { listRemediationUseCase, updateRemediationUseCase } from '@trellis/core';
import { z } from 'zod';
import { defineRoute } from '../http/route.ts';

const tags = ['Readiness'];
const itemParams = z.object({ org: z.string(), number: z.coerce.number().int().min(1) });

export const remediationRoutes = [
  defineRoute({
    method: 'GET',
    url: '/orgs/:org/remediation',
    access: 'remediation:read',
    summary: 'Remediation items (all partners, or one), optionally of one status',
    description: 'A partner user gets their own partner’s items only.',
    tags,
    params: z.object({ org: z.string() }),
    query: z.object({
      partner: z.string().max(200).optional(),
      status: z.enum(['open', 'in_progress', 'done', 'dropped']).optional(),
    }),
    responses: { 200: z.object({ items: z.array(remediationItemSchema), total: z.number().int() }) },
    handler: async ({ db, caller, query }) => {
      const partner = caller.partner?.externalId ?? query.partner;
      const items =
        caller.partner && query.partner && query.partner !== caller.partner.externalId
          ? []
          : await listRemediationUseCase(db, caller, { partner, status: query.status });
      return { items, total: items.length };
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/orgs/:org/remediation/:number',
    access: 'remediation:write',
    summary: 'Update an item: status, owner, mentor, due date',
    tags,
    params: itemParams,
    body: remediationUpdateRequest,
    responses: { 200: remediationItemSchema, 404: problemSchema },
    handler: ({ db, caller, params, body, server }) =>
      updateRemediationUseCase(db, caller, {
        id: params.number,
        update: body,
        today: server.today(),
      }),
  }),
  defineRoute({
    method: 'POST',
    url: '/orgs/:org/remediation/:number/close',
    access: 'remediation:write',
    summary: 'Close an item: done (the gap is closed) or dropped',
    tags,
    params: itemParams,
    body: z.strictObject({ status: z.enum(['done', 'dropped']).default('done') }).nullish(),
    responses: { 200: remediationItemSchema, 404: problemSchema },
    handler: ({ db, caller, params, body, server }) =>
      updateRemediationUseCase(db, caller, {
        id: params.number,
        update: { status: body?.status ?? 'done' },
        today: server.today(),
      }),
  }),
];
