import { partnerIdOf } from '../../db/queries/accounts/members.ts';
import type { SqlClient } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import type { Role } from './roles.ts';

/**
 * The partner a membership or an API token is bound to: required for the role `partner`, refused
 * for every other role, and it must be a partner of the org. Returns its internal id (or null).
 */
export const partnerBinding = async (
  tx: SqlClient,
  orgId: string,
  role: Role,
  partner: string | undefined,
): Promise<number | null> => {
  if (role !== 'partner') {
    if (partner !== undefined)
      throw new AppError('INVALID_INPUT', 'Only the partner role is bound to a partner', [
        { field: 'partner', reason: `must be absent for role ${role}` },
      ]);
    return null;
  }
  if (partner === undefined)
    throw new AppError('INVALID_INPUT', 'The partner role needs a partner', [
      { field: 'partner', reason: 'required for role partner' },
    ]);
  const id = await partnerIdOf(tx, orgId, partner);
  if (id === undefined)
    throw new AppError('INVALID_INPUT', `No partner ${partner}`, [
      { field: 'partner', reason: `no partner with external_id "${partner}"` },
    ]);
  return id;
};
