import { deleteUserSessions } from '../../db/queries/accounts/sessions.ts';
import type { Database } from '../../db/sql-client.ts';
import type { SessionPrincipal } from './caller.ts';

/** Ends every session of the user (this one included); returns how many. */
export const signOutEverywhereUseCase = (db: Database, p: SessionPrincipal): Promise<number> =>
  deleteUserSessions(db, p.userId);
