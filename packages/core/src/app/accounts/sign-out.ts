/** Ends this browser's session. */
import { deleteSession } from '../../db/queries/accounts/sessions.ts';
import type { Database } from '../../db/sql-client.ts';
import type { SessionPrincipal } from './caller.ts';

export const signOutUseCase = (db: Database, p: SessionPrincipal): Promise<void> =>
  deleteSession(db, p.sessionHash);
