/**
 * Changes the password after checking the current one, and ends every other session of the user
 * (whoever knew the old password is signed out). Recorded in the audit log of each of the user's
 * orgs, without either password.
 */
import { deleteUserSessions } from '../../db/queries/accounts/sessions.ts';
import { clearFailureKeys, recordFailure } from '../../db/queries/accounts/sign-in-failures.ts';
import { findUserById, membershipsOf, setPassword } from '../../db/queries/accounts/users.ts';
import { recordAudit } from '../../db/queries/audit-log.ts';
import type { Database } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import { checkBackoff } from './backoff.ts';
import type { SessionPrincipal } from './caller.ts';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './passwords.ts';

export const changePasswordUseCase = async (
  db: Database,
  p: SessionPrincipal,
  input: { current: string; next: string },
): Promise<{ otherSessionsEnded: number }> => {
  // Guesses at the current password back off like sign-ins (a stolen session is not a free oracle).
  const rules = [
    { key: `password:${p.userId}`, free: 5, maxWaitSeconds: 900, what: 'at the current password' },
  ];
  await checkBackoff(db, rules);
  const user = await findUserById(db, p.userId);
  if (!user || !(await verifyPassword(user.passwordHash, input.current))) {
    await recordFailure(
      db,
      rules.map((r) => r.key),
    );
    throw new AppError('INVALID_INPUT', 'The current password is wrong', [
      { field: 'current', reason: 'does not match' },
    ]);
  }
  await clearFailureKeys(
    db,
    rules.map((r) => r.key),
  );
  checkPasswordPolicy(input.next, 'next');
  const hash = await hashPassword(input.next);
  await setPassword(db, p.userId, hash);
  const ended = await deleteUserSessions(db, p.userId, p.sessionHash);
  for (const m of await membershipsOf(db, p.userId)) {
    await db
      .forOrg(m.orgId)
      .transaction((tx) =>
        recordAudit(
          tx,
          m.orgId,
          { userId: p.userId, label: p.email },
          { action: 'user.password-change', entity: 'user', entityId: p.userId },
        ),
      );
  }
  return { otherSessionsEnded: ended };
};
