/** Session lookup for each request, sign-out (this browser, or everywhere) and password change. */
import { deleteSession, deleteUserSessions, touchSession } from '../../db/queries/accounts/sessions.ts';
import { clearFailureKeys, recordFailure } from '../../db/queries/accounts/sign-in-failures.ts';
import {
  findUserById,
  type MembershipRow,
  membershipsOf,
  setPassword,
} from '../../db/queries/accounts/users.ts';
import { recordAudit } from '../../db/queries/audit-log.ts';
import type { Database } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import { checkBackoff } from './backoff.ts';
import type { Principal } from './caller.ts';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './passwords.ts';
import type { Role } from './roles.ts';
import { sha256 } from './secrets.ts';

export const authenticateSession = async (
  db: Database,
  sessionToken: string,
): Promise<Extract<Principal, { kind: 'session' }> | undefined> => {
  const sessionHash = sha256(sessionToken);
  const session = await touchSession(db, sessionHash);
  if (!session) return undefined;
  const user = await findUserById(db, session.userId);
  if (!user) return undefined;
  return {
    kind: 'session',
    userId: user.id,
    email: user.email,
    name: user.name,
    csrfToken: session.csrfToken,
    sessionHash,
  };
};

export const sessionInfo = async (
  db: Database,
  p: Extract<Principal, { kind: 'session' }>,
): Promise<{
  user: { id: string; email: string; name: string };
  memberships: MembershipRow[];
  csrfToken: string;
}> => ({
  user: { id: p.userId, email: p.email, name: p.name },
  memberships: await membershipsOf(db, p.userId),
  csrfToken: p.csrfToken,
});

export const signOut = (db: Database, sessionHash: string): Promise<void> => deleteSession(db, sessionHash);

/** Ends every session of the user (this one included); returns how many. */
export const signOutEverywhere = (db: Database, userId: string): Promise<number> =>
  deleteUserSessions(db, userId);

/**
 * Changes the password after checking the current one, and ends every other session of the user
 * (whoever knew the old password is signed out). Recorded in the audit log of each of the user's
 * orgs, without either password.
 */
export const changePassword = async (
  db: Database,
  p: Extract<Principal, { kind: 'session' }>,
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

/** The orgs a principal may address, with its role in each (a token: its one org). */
export const orgsOf = async (
  db: Database,
  p: Principal,
): Promise<{ orgId: string; orgName?: string; role: Role }[]> =>
  p.kind === 'token'
    ? [{ orgId: p.orgId, role: p.role }]
    : (await membershipsOf(db, p.userId)).map(({ partnerId: _, ...m }) => m);
