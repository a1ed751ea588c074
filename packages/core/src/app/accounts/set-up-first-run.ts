/**
 * First run: on a database with no users, the first visitor creates the org and its owner account.
 * Afterwards setup is closed (CONFLICT); new people are added by an owner or admin.
 */

import { upsertMembership } from '../../db/queries/accounts/members.ts';
import { countUsers, insertUser } from '../../db/queries/accounts/users.ts';
import { recordAudit } from '../../db/queries/audit-log.ts';
import { saveOrg, scopeTransactionToOrg } from '../../db/queries/orgs.ts';
import { lockOrgCounter } from '../../db/queries/save-readiness.ts';
import type { Database } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import { checkPasswordPolicy, hashPassword } from './passwords.ts';

export interface FirstRunInput {
  org: { id: string; name: string };
  owner: { email: string; name: string; password: string };
}

export const setUpFirstRunUseCase = async (
  db: Database,
  input: FirstRunInput,
): Promise<{ userId: string }> => {
  checkPasswordPolicy(input.owner.password, 'owner.password');
  const passwordHash = await hashPassword(input.owner.password);
  return db.transaction(async (tx) => {
    await lockOrgCounter(tx, '-', 'setup');
    if ((await countUsers(tx)) > 0)
      throw new AppError('CONFLICT', 'Trellis is already set up; sign in, or ask an owner to add you');
    await saveOrg(tx, input.org);
    const user = await insertUser(tx, { email: input.owner.email, name: input.owner.name, passwordHash });
    await upsertMembership(tx, { orgId: input.org.id, userId: user.id, role: 'owner', partnerId: null });
    await scopeTransactionToOrg(tx, input.org.id);
    await recordAudit(
      tx,
      input.org.id,
      { userId: user.id, label: user.email },
      {
        action: 'org.setup',
        entity: 'org',
        entityId: input.org.id,
        after: { org: input.org, owner: { email: user.email, name: user.name } },
      },
    );
    return { userId: user.id };
  });
};
