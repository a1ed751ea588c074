/** Removes a member from the org (never the last owner); their API tokens are revoked. */
import { deleteMembership, findMember } from '../../db/queries/accounts/members.ts';
import { recordAudit } from '../../db/queries/audit-log.ts';
import type { Database } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import type { Caller } from './caller.ts';
import { guardOwners, revokeCreatorTokens } from './member-rules.ts';

export const removeMemberUseCase = async (
  db: Database,
  caller: Caller,
  { userId }: { userId: string },
): Promise<void> => {
  await db.transaction(async (tx) => {
    const before = await findMember(tx, caller.orgId, userId);
    if (!before) throw new AppError('NOT_FOUND', 'No such member');
    await guardOwners(tx, caller, before, null);
    await deleteMembership(tx, caller.orgId, userId);
    await revokeCreatorTokens(tx, caller, userId, null);
    await recordAudit(tx, caller.orgId, caller, {
      action: 'member.remove',
      entity: 'member',
      entityId: userId,
      before,
    });
  });
};
