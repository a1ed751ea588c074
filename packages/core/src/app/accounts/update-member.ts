/**
 * Changes a member's role or partner; the last owner cannot be demoted, and tokens the member may no
 * longer grant are revoked.
 */
import { findMember, upsertMembership } from '../../db/queries/accounts/members.ts';
import { recordAudit } from '../../db/queries/audit-log.ts';
import type { Database } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import type { Caller } from './caller.ts';
import { checkGrant, guardOwners, type Member, revokeCreatorTokens } from './member-rules.ts';
import { partnerBinding } from './partner-binding.ts';
import type { Role } from './roles.ts';

export const updateMemberUseCase = async (
  db: Database,
  caller: Caller,
  input: { userId: string; role: Role; partner?: string },
): Promise<Member> => {
  const { userId } = input;
  checkGrant(caller, input.role);
  return db.transaction(async (tx) => {
    const before = await findMember(tx, caller.orgId, userId);
    if (!before) throw new AppError('NOT_FOUND', 'No such member');
    await guardOwners(tx, caller, before, input.role);
    const partnerId = await partnerBinding(tx, caller.orgId, input.role, input.partner);
    await upsertMembership(tx, { orgId: caller.orgId, userId, role: input.role, partnerId });
    if (input.role !== before.role) await revokeCreatorTokens(tx, caller, userId, input.role);
    const after = (await findMember(tx, caller.orgId, userId))!;
    await recordAudit(tx, caller.orgId, caller, {
      action: 'member.update',
      entity: 'member',
      entityId: userId,
      before,
      after,
    });
    return after;
  });
};
