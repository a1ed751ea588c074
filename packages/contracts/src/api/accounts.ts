/** Requests and responses of sign-in, sessions, setup, members and API tokens. */
import { z } from 'zod';
import { emailSchema, orgIdSchema, roleSchema } from './common.ts';

export const signInRequest = z.strictObject({ email: emailSchema, password: z.string().min(1).max(256) });

export const membershipSchema = z.object({ orgId: z.string(), orgName: z.string(), role: roleSchema });
export type Membership = z.infer<typeof membershipSchema>;

export const sessionResponse = z
  .object({
    user: z.object({ id: z.string(), email: z.string(), name: z.string() }),
    memberships: z.array(membershipSchema),
    csrfToken: z
      .string()
      .describe('send as the X-CSRF-Token header with every write made with the session cookie'),
  })
  .meta({ id: 'Session' });
export type SessionInfo = z.infer<typeof sessionResponse>;

export const tokenSessionResponse = z.object({
  token: z.object({ id: z.string(), name: z.string(), orgId: z.string(), role: roleSchema }),
});

export const setupRequest = z.strictObject({
  org: z.object({ id: orgIdSchema, name: z.string().min(1).max(200) }),
  owner: z.object({
    email: emailSchema,
    name: z.string().min(1).max(200),
    password: z.string().min(1).max(256),
  }),
});

export const passwordChangeRequest = z.strictObject({
  current: z.string().min(1).max(256),
  next: z.string().min(1).max(256),
});

export const memberSchema = z
  .object({
    userId: z.string(),
    email: z.string(),
    name: z.string(),
    role: roleSchema,
    partner: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Member' });

export const memberCreateRequest = z.strictObject({
  email: emailSchema,
  name: z.string().min(1).max(200).optional(),
  role: roleSchema,
  partner: z.string().min(1).optional().describe('partner users: the external_id of their partner'),
  password: z
    .string()
    .min(1)
    .max(256)
    .optional()
    .describe('initial password when the email has no account yet'),
});

export const memberUpdateRequest = z.strictObject({
  role: roleSchema,
  partner: z.string().min(1).optional(),
});

export const apiTokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: roleSchema,
    partner: z.string().nullable(),
    prefix: z.string().describe('the first characters, to recognise the token'),
    createdBy: z
      .string()
      .nullable()
      .describe('who created it (name, else email); its tokens are revoked when they leave or lose the role'),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });

export const apiTokenCreateRequest = z.strictObject({
  name: z.string().min(1).max(100),
  role: roleSchema,
  partner: z.string().min(1).optional(),
});

export const apiTokenCreated = apiTokenSchema.extend({
  token: z.string().describe('the secret: shown this once, stored only as a hash'),
});
