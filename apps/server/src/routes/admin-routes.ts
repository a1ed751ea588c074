/** The org, its settings, its members and roles, API tokens, and the audit log. */
import {
  apiTokenCreated,
  apiTokenCreateRequest,
  apiTokenSchema,
  auditEntrySchema,
  memberCreateRequest,
  memberSchema,
  memberUpdateRequest,
  orgSettingsSchema,
  orgSettingsUpdateRequest,
  problemSchema,
  roleSchema,
} from '@trellis/contracts';
import {
  type ApiToken,
  addMemberUseCase,
  createApiTokenUseCase,
  getOrgSettingsUseCase,
  listApiTokensUseCase,
  listAuditUseCase,
  listMembersUseCase,
  removeMemberUseCase,
  revokeApiTokenUseCase,
  updateMemberUseCase,
  updateOrgSettingsUseCase,
} from '@trellis/core';
import { z } from 'zod';
import { listOf, page, paged } from '../http/pagination.ts';
import { defineRoute } from '../http/route.ts';
import { type Permission, permissionTable, permits } from '../permissions/permission-table.ts';

const orgParams = z.object({ org: z.string() });
const userParams = z.object({ org: z.string(), userId: z.uuid() });
/** A token as the API shows it: who created it by name, never internal ids. */
const tokenView = <T extends ApiToken>({
  orgId: _o,
  partnerId: _p,
  createdBy: _c,
  createdByName,
  ...t
}: T) => ({
  ...t,
  createdBy: createdByName ?? null,
});

export const adminRoutes = [
  defineRoute({
    method: 'GET',
    url: '/orgs/:org',
    access: 'org:read',
    summary: 'The org, the caller’s role in it and what that role permits',
    description:
      'A partner user’s `partner` is the external id of their partner; `permissions` lists what the role may do (the permission table), so that a client shows only what will work.',
    tags: ['Accounts'],
    params: orgParams,
    responses: {
      200: z.object({
        id: z.string(),
        role: roleSchema,
        partner: z.string().nullable().describe('a partner user’s partner (external id)'),
        permissions: z.array(z.string()).describe('what the role may do (the permission table)'),
      }),
    },
    handler: async ({ caller }) => ({
      id: caller.orgId,
      role: caller.role,
      partner: caller.partner?.externalId ?? null,
      permissions: (Object.keys(permissionTable) as Permission[]).filter((p) => permits(caller.role, p)),
    }),
  }),
  defineRoute({
    method: 'GET',
    url: '/orgs/:org/settings',
    access: 'settings:manage',
    summary: 'The org’s settings (each with its default when never set)',
    tags: ['Accounts'],
    params: orgParams,
    responses: { 200: orgSettingsSchema },
    handler: ({ db, caller }) => getOrgSettingsUseCase(db, caller),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/orgs/:org/settings',
    access: 'settings:manage',
    summary: 'Change some of the org’s settings; the others keep their values',
    description:
      '`shareHealthWithPartners`: partner users also see their own partner’s health and its reasons — never satisfaction figures, champion tags or notes, and not the reasons that rest on them (off by default). Answers every setting; audited (`org.settings`, before and after).',
    tags: ['Accounts'],
    params: orgParams,
    body: orgSettingsUpdateRequest,
    responses: { 200: orgSettingsSchema, 400: problemSchema, 403: problemSchema },
    handler: ({ db, caller, body }) => updateOrgSettingsUseCase(db, caller, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/orgs/:org/members',
    access: 'members:read',
    summary: 'The org’s members and their roles',
    tags: ['Accounts'],
    params: orgParams,
    responses: { 200: z.object({ items: z.array(memberSchema), total: z.number().int() }) },
    handler: async ({ db, caller }) => {
      const items = await listMembersUseCase(db, caller);
      return { items, total: items.length };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/orgs/:org/members',
    access: 'members:manage',
    summary: 'Add a member (creating the account with an initial password when the email is new)',
    tags: ['Accounts'],
    params: orgParams,
    body: memberCreateRequest,
    responses: { 201: memberSchema, 403: problemSchema, 409: problemSchema },
    handler: async ({ db, caller, body, reply }) => {
      const m = await addMemberUseCase(db, caller, body);
      reply.code(201);
      return m;
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/orgs/:org/members/:userId',
    access: 'members:manage',
    summary: 'Change a member’s role (and partner, for partner users)',
    tags: ['Accounts'],
    params: userParams,
    body: memberUpdateRequest,
    responses: { 200: memberSchema, 404: problemSchema, 409: problemSchema },
    handler: ({ db, caller, params, body }) =>
      updateMemberUseCase(db, caller, { userId: params.userId, ...body }),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/orgs/:org/members/:userId',
    access: 'members:manage',
    summary: 'Remove a member from the org',
    tags: ['Accounts'],
    params: userParams,
    responses: { 204: z.null(), 404: problemSchema, 409: problemSchema },
    handler: ({ db, caller, params }) => removeMemberUseCase(db, caller, { userId: params.userId }),
  }),
  defineRoute({
    method: 'GET',
    url: '/orgs/:org/api-tokens',
    access: 'api-tokens:manage',
    summary: 'API tokens of the org (never their secrets)',
    tags: ['Accounts'],
    params: orgParams,
    responses: { 200: z.object({ items: z.array(apiTokenSchema), total: z.number().int() }) },
    handler: async ({ db, caller }) => {
      const items = (await listApiTokensUseCase(db, caller)).map((t) => tokenView(t));
      return { items, total: items.length };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/orgs/:org/api-tokens',
    access: 'api-tokens:manage',
    summary: 'Create an API token for one role of this org; the secret is in this response only',
    tags: ['Accounts'],
    params: orgParams,
    body: apiTokenCreateRequest,
    responses: { 201: apiTokenCreated, 403: problemSchema },
    handler: async ({ db, caller, body, reply }) => {
      const t = await createApiTokenUseCase(db, caller, body);
      reply.code(201).header('cache-control', 'no-store');
      return tokenView(t);
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/orgs/:org/api-tokens/:id',
    access: 'api-tokens:manage',
    summary: 'Revoke an API token (it stops working at once)',
    tags: ['Accounts'],
    params: z.object({ org: z.string(), id: z.uuid() }),
    responses: { 200: apiTokenSchema, 400: problemSchema, 404: problemSchema },
    handler: async ({ db, caller, params }) =>
      tokenView(await revokeApiTokenUseCase(db, caller, { id: params.id })),
  }),
  defineRoute({
    method: 'GET',
    url: '/orgs/:org/audit',
    access: 'audit:read',
    summary: 'The audit log: every write, who, when, before and after; newest first',
    tags: ['Accounts'],
    params: orgParams,
    query: z.object({
      ...page,
      entity: z.string().max(50).optional(),
      entityId: z.string().max(200).optional(),
      action: z.string().max(50).optional(),
      actorUserId: z.uuid().optional(),
      since: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
      until: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
    }),
    responses: { 200: listOf(auditEntrySchema) },
    handler: async ({ db, caller, query }) => paged(await listAuditUseCase(db, caller, query), query),
  }),
];
