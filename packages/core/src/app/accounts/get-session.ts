/** What the web app needs about its session: who, the orgs and roles, and the CSRF token. */
import { type MembershipRow, membershipsOf } from '../../db/queries/accounts/users.ts';
import type { Database } from '../../db/sql-client.ts';
import type { SessionPrincipal } from './caller.ts';

export const getSessionUseCase = async (
  db: Database,
  p: SessionPrincipal,
): Promise<{
  user: { id: string; email: string; name: string };
  memberships: MembershipRow[];
  csrfToken: string;
}> => ({
  user: { id: p.userId, email: p.email, name: p.name },
  memberships: await membershipsOf(db, p.userId),
  csrfToken: p.csrfToken,
});
