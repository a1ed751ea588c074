/**
 * Adds a person to the org, creating the account with an initial password when the email is new; a
 * partner user is bound to one partner of the org.
 */
import { findMember, upsertMembership } from '../../db/queries/accounts/members.ts';
import { findUserByEmail, insertUser } from '../../db/queries/accounts/users.ts';
import { recordAudit } from '../../db/queries/audit-log.ts';
import type { Database } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import type { Caller } from './caller.ts';
import { checkGrant, type Member, type MemberInput } from './member-rules.ts';
import { partnerBinding } from './partner-binding.ts';
import { checkPasswordPolicy, hashPassword } from './passwords.ts';

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
