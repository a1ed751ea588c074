/** The principal behind a session cookie (its last use is touched), or nothing for an unknown or expired one. */
import { touchSession } from '../../db/queries/accounts/sessions.ts';
import { findUserById } from '../../db/queries/accounts/users.ts';
import type { Database } from '../../db/sql-client.ts';
import type { SessionPrincipal } from './caller.ts';
import { sha256 } from './secrets.ts';

export const authenticateSessionUseCase = async (
  db: Database,
  { sessionToken }: { sessionToken: string },
): Promise<SessionPrincipal | undefined> => {
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
