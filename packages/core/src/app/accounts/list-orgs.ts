import { membershipsOf } from '../../db/queries/accounts/users.ts';
import type { Database } from '../../db/sql-client.ts';
import type { Principal } from './caller.ts';
import type { Role } from './roles.ts';

/** The orgs a principal may address, with its role in each (a token: its one org). */
export const listOrgsUseCase = async (
  db: Database,
  p: Principal,
): Promise<{ orgId: string; orgName?: string; role: Role }[]> =>
  p.kind === 'token'
    ? [{ orgId: p.orgId, role: p.role }]
    : (await membershipsOf(db, p.userId)).map(({ partnerId: _, ...m }) => m);
