/**
 * The rules every change to an org's people follows: owners grant anything, admins anything but
 * owner; the org keeps at least one owner; a token never outlives its creator's right to make it.
 */
import { revokeTokensOfCreator } from '../../db/queries/accounts/api-tokens.ts';
import { countOwnersLocked, type MemberRow } from '../../db/queries/accounts/members.ts';
import { recordAudit } from '../../db/queries/audit-log.ts';
import type { SqlClient } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import type { Caller } from './caller.ts';
import { mayGrant, type Role, roles } from './roles.ts';

export type Member = MemberRow;

export interface MemberInput {
  email: string;
  name?: string;
  role: Role;
  /** Partner users: the partner's external id. */
  partner?: string;
  /** Initial password of a new account (ignored when the email already has one). */
  password?: string;
}

export const checkGrant = (caller: Caller, role: Role) => {
  if (!mayGrant(caller.role, role))
    throw new AppError('FORBIDDEN', `A ${caller.role} may not grant the role ${role}`);
};

export const guardOwners = async (tx: SqlClient, caller: Caller, before: Member, nextRole: Role | null) => {
  if (before.role === 'owner' && caller.role !== 'owner')
    throw new AppError('FORBIDDEN', 'Only an owner may change or remove an owner');
  if (before.role === 'owner' && nextRole !== 'owner' && (await countOwnersLocked(tx, caller.orgId)) <= 1)
    throw new AppError('CONFLICT', 'The org needs at least one owner; make someone else owner first');
};

/**
 * A token never outlives its creator's right to make it: when a member leaves, their tokens are
 * revoked; when their role changes, those with a role they may no longer grant. Audited per token.
 */
export const revokeCreatorTokens = async (
  tx: SqlClient,
  caller: Caller,
  userId: string,
  nextRole: Role | null,
) => {
  const keep = nextRole ? roles.filter((r) => mayGrant(nextRole, r)) : [];
  for (const id of await revokeTokensOfCreator(tx, caller.orgId, userId, keep))
    await recordAudit(tx, caller.orgId, caller, {
      action: 'api-token.revoke',
      entity: 'api-token',
      entityId: id,
      after: { reason: nextRole ? `its creator's role is now ${nextRole}` : 'its creator left the org' },
    });
};
