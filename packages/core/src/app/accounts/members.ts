/**
 * The people of an org: add (creating the account with an initial password when the email is new),
 * change role or partner, remove. Owners grant anything, admins anything but owner; the last owner
 * cannot be removed or demoted. A partner user is bound to one partner of the org.
 */

import { revokeTokensOfCreator } from '../../db/queries/accounts/api-tokens.ts';
import {
  countOwnersLocked,
  deleteMembership,
  findMember,
  listMembers,
  type MemberRow,
  upsertMembership,
} from '../../db/queries/accounts/members.ts';
import { findUserByEmail, insertUser } from '../../db/queries/accounts/users.ts';
import { recordAudit } from '../../db/queries/audit-log.ts';
import type { Database, SqlClient } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import type { Caller } from './caller.ts';
import { partnerBinding } from './partner-binding.ts';
import { checkPasswordPolicy, hashPassword } from './passwords.ts';
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

const checkGrant = (caller: Caller, role: Role) => {
  if (!mayGrant(caller.role, role))
    throw new AppError('FORBIDDEN', `A ${caller.role} may not grant the role ${role}`);
};

export const listMembersUseCase = (db: Database, caller: Caller): Promise<Member[]> =>
  listMembers(db, caller.orgId);

export const addMemberUseCase = async (db: Database, caller: Caller, input: MemberInput): Promise<Member> => {
  checkGrant(caller, input.role);
  const existing = await findUserByEmail(db, input.email);
  if (!existing) {
    if (input.password === undefined)
      throw new AppError('INVALID_INPUT', 'A new account needs an initial password', [
        { field: 'password', reason: `required: no account has the email ${input.email}` },
      ]);
    checkPasswordPolicy(input.password);
  }
  const passwordHash = existing ? undefined : await hashPassword(input.password!);
  return db.transaction(async (tx) => {
    const user =
      existing ??
      (await insertUser(tx, {
        email: input.email,
        name: input.name ?? input.email,
        passwordHash: passwordHash!,
      }));
    if (await findMember(tx, caller.orgId, user.id))
      throw new AppError('CONFLICT', `${user.email} is already a member; change their role instead`);
    const partnerId = await partnerBinding(tx, caller.orgId, input.role, input.partner);
    await upsertMembership(tx, { orgId: caller.orgId, userId: user.id, role: input.role, partnerId });
    const member = (await findMember(tx, caller.orgId, user.id))!;
    await recordAudit(tx, caller.orgId, caller, {
      action: 'member.add',
      entity: 'member',
      entityId: user.id,
      after: member,
    });
    return member;
  });
};

const guardOwners = async (tx: SqlClient, caller: Caller, before: Member, nextRole: Role | null) => {
  if (before.role === 'owner' && caller.role !== 'owner')
    throw new AppError('FORBIDDEN', 'Only an owner may change or remove an owner');
  if (before.role === 'owner' && nextRole !== 'owner' && (await countOwnersLocked(tx, caller.orgId)) <= 1)
    throw new AppError('CONFLICT', 'The org needs at least one owner; make someone else owner first');
};

/**
 * A token never outlives its creator's right to make it: when a member leaves, their tokens are
 * revoked; when their role changes, those with a role they may no longer grant. Audited per token.
 */
const revokeCreatorTokens = async (tx: SqlClient, caller: Caller, userId: string, nextRole: Role | null) => {
  const keep = nextRole ? roles.filter((r) => mayGrant(nextRole, r)) : [];
  for (const id of await revokeTokensOfCreator(tx, caller.orgId, userId, keep))
    await recordAudit(tx, caller.orgId, caller, {
      action: 'api-token.revoke',
      entity: 'api-token',
      entityId: id,
      after: { reason: nextRole ? `its creator's role is now ${nextRole}` : 'its creator left the org' },
    });
};

export const updateMemberUseCase = async (
  db: Database,
  caller: Caller,
  userId: string,
  input: { role: Role; partner?: string },
): Promise<Member> => {
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

export const removeMemberUseCase = async (db: Database, caller: Caller, userId: string): Promise<void> => {
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
