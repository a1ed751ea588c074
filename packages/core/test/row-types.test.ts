/**
 * Row types are inferred from the Drizzle schema (ARCHITECTURE.md, "Row types come from the
 * schema"); this holds the engine to them: each row a query returns has exactly the keys of its
 * type and values of the kinds the schema declares (timestamps as ISO strings, ids as numbers or
 * uuids, a role from its enum), on whichever engine the environment selects. Each schema below is
 * checked against the inferred type (`satisfies`), so a drifting type fails the typecheck and a
 * drifting engine fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type ApiTokenRow, insertApiToken, listApiTokens } from '../src/db/queries/accounts/api-tokens.ts';
import { listMembers, type MemberRow, upsertMembership } from '../src/db/queries/accounts/members.ts';
import { insertSession, type SessionRow, touchSession } from '../src/db/queries/accounts/sessions.ts';
import {
  insertUser,
  type MembershipRow,
  membershipsOf,
  type UserRow,
} from '../src/db/queries/accounts/users.ts';
import { type AuditRow, listAudit, recordAudit } from '../src/db/queries/audit-log.ts';
import { type ImportMappingRow, upsertImportMapping } from '../src/db/queries/import-mappings.ts';
import { roles } from '../src/db/schema/accounts.ts';
import { entityNames } from '../src/importers/entity-name.ts';
import { openTestDatabase, TEST_ORG, type TestDatabase } from './support/test-database.ts';

const iso = z.iso.datetime();
const uuid = z.uuid();
const role = z.enum(roles);

const userRow = z.strictObject({ id: uuid, email: z.string(), name: z.string(), passwordHash: z.string() });
const membershipRow = z.strictObject({
  orgId: z.string(),
  orgName: z.string(),
  role,
  partnerId: z.number().int().nullable(),
});
const sessionRow = z.strictObject({ userId: uuid, csrfToken: z.string(), expiresAt: iso, lastSeenAt: iso });
const memberRow = z.strictObject({
  userId: uuid,
  email: z.string(),
  name: z.string(),
  role,
  partner: z.string().nullable(),
  createdAt: iso,
});
const apiTokenRow = z.strictObject({
  id: uuid,
  orgId: z.string(),
  name: z.string(),
  role,
  partner: z.string().nullable(),
  partnerId: z.number().int().nullable(),
  prefix: z.string(),
  createdBy: uuid.nullable(),
  createdByName: z.string().nullable(),
  createdAt: iso,
  lastUsedAt: iso.nullable(),
  revokedAt: iso.nullable(),
});
const importMappingRow = z.strictObject({
  name: z.string(),
  entity: z.enum(entityNames),
  yaml: z.string(),
  updatedAt: iso,
  updatedBy: z.string(),
});
const auditRow = z.strictObject({
  id: uuid,
  at: iso,
  actor: z.string(),
  actorUserId: uuid.nullable(),
  actorTokenId: uuid.nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
});

userRow satisfies z.ZodType<UserRow>;
membershipRow satisfies z.ZodType<MembershipRow>;
sessionRow satisfies z.ZodType<SessionRow>;
memberRow satisfies z.ZodType<MemberRow>;
apiTokenRow satisfies z.ZodType<ApiTokenRow>;
importMappingRow satisfies z.ZodType<ImportMappingRow>;
auditRow satisfies z.ZodType<AuditRow>;

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.dispose());

describe('rows as the schema types them', () => {
  it('accounts: users, memberships, sessions, members, API tokens', async () => {
    const user = await insertUser(t.db, { email: 'Row@Example.test', name: 'Row', passwordHash: 'h' });
    userRow.parse(user);
    await upsertMembership(t.db, { orgId: TEST_ORG, userId: user.id, role: 'admin', partnerId: null });
    for (const m of await membershipsOf(t.db, user.id)) membershipRow.parse(m);
    await insertSession(t.db, { tokenHash: 'row-session', userId: user.id, csrfToken: 'c', ttlSeconds: 60 });
    sessionRow.parse(await touchSession(t.db, 'row-session'));
    for (const m of await listMembers(t.db, TEST_ORG)) memberRow.parse(m);
    await insertApiToken(t.db, {
      orgId: TEST_ORG,
      name: 'row token',
      role: 'viewer',
      partnerId: null,
      tokenHash: 'row-token',
      prefix: 'trl_row',
      createdBy: user.id,
    });
    const tokens = await listApiTokens(t.db, TEST_ORG);
    expect(tokens).toHaveLength(1);
    for (const token of tokens) apiTokenRow.parse(token);
  });

  it('org data: import mappings and the audit log', async () => {
    const org = t.db.forOrg(TEST_ORG);
    importMappingRow.parse(
      await upsertImportMapping(org, TEST_ORG, { name: 'row', entity: 'partners', yaml: 'x: 1', by: 'row' }),
    );
    await recordAudit(
      org,
      TEST_ORG,
      { label: 'row' },
      { action: 'row.check', entity: 'row', after: { n: 1 } },
    );
    const { items } = await listAudit(org, TEST_ORG, { limit: 10, offset: 0 });
    expect(items.length).toBeGreaterThan(0);
    for (const row of items) auditRow.parse(row);
  });
});
