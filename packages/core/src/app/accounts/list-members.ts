/** The people of the org with their roles (and a partner user's partner). */
import { listMembers } from '../../db/queries/accounts/members.ts';
import type { Database } from '../../db/sql-client.ts';
import type { Caller } from './caller.ts';
import type { Member } from './member-rules.ts';

export const listMembersUseCase = (db: Database, caller: Caller): Promise<Member[]> =>
  listMembers(db, caller.orgId);
