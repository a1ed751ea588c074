/**
 * The demo org of `trellis serve --demo`: when the org `demo` is absent, load the example program
 * into it (imports, two readiness scorings, the program assessment) and create its two sign-ins:
 * the owner, and a partner user bound to Partner A (P-A). When present, leave it as it is.
 */
import { partnerIdOf, upsertMembership } from '../../db/queries/accounts/members.ts';
import { findUserByEmail, insertUser, setPassword } from '../../db/queries/accounts/users.ts';
import { createOrgIfAbsent } from '../../db/queries/orgs.ts';
import type { Database } from '../../db/sql-client.ts';
import { systemCaller } from '../accounts/caller.ts';
import { hashPassword } from '../accounts/passwords.ts';
import { type ExampleProgram, loadExampleProgramUseCase } from './load-example-program.ts';

export const DEMO_ORG = { id: 'demo', name: 'Demo: the seed example (CloudCo)' } as const;
export const DEMO_USERS = {
  owner: 'owner@demo.trellis.test',
  partner: 'partner-a@demo.trellis.test',
  partnerOf: 'P-A',
} as const;

export interface DemoOrg {
  orgId: string;
  created: boolean;
  users: { email: string; role: string; partner?: string }[];
}

const ensureUser = async (db: Database, email: string, name: string, passwordHash: string) => {
  const existing = await findUserByEmail(db, email);
  if (!existing) return insertUser(db, { email, name, passwordHash });
  await setPassword(db, existing.id, passwordHash);
  return existing;
};

export const ensureDemoOrgUseCase = async (
  db: Database,
  input: { example: () => Promise<ExampleProgram>; password: string; today: string },
): Promise<DemoOrg> => {
  const users = [
    { email: DEMO_USERS.owner, role: 'owner' },
    { email: DEMO_USERS.partner, role: 'partner', partner: DEMO_USERS.partnerOf },
  ];
  if (!(await createOrgIfAbsent(db, DEMO_ORG))) return { orgId: DEMO_ORG.id, created: false, users };
  const scoped = db.forOrg(DEMO_ORG.id);
  await loadExampleProgramUseCase(scoped, systemCaller(DEMO_ORG.id), {
    example: await input.example(),
    today: input.today,
  });
  const hash = await hashPassword(input.password);
  const owner = await ensureUser(db, DEMO_USERS.owner, 'Demo owner', hash);
  const partnerUser = await ensureUser(db, DEMO_USERS.partner, 'Partner A (demo)', hash);
  await upsertMembership(db, { orgId: DEMO_ORG.id, userId: owner.id, role: 'owner', partnerId: null });
  const partnerId = (await partnerIdOf(scoped, DEMO_ORG.id, DEMO_USERS.partnerOf))!;
  await upsertMembership(db, { orgId: DEMO_ORG.id, userId: partnerUser.id, role: 'partner', partnerId });
  return { orgId: DEMO_ORG.id, created: true, users };
};
