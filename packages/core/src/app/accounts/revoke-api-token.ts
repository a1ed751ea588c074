/** Revokes an API token (again is a no-op), audited. */
import { findApiToken, revokeApiToken } from '../../db/queries/accounts/api-tokens.ts';
import { recordAudit } from '../../db/queries/audit-log.ts';
import type { Database } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import type { ApiToken } from './api-token.ts';
import type { Caller } from './caller.ts';

export const revokeApiTokenUseCase = async (
  db: Database,
  caller: Caller,
  { id }: { id: string },
): Promise<ApiToken> =>
  db.transaction(async (tx) => {
    const before = await findApiToken(tx, caller.orgId, id);
    if (!before) throw new AppError('NOT_FOUND', 'No such API token');
    if (before.revokedAt === null) await revokeApiToken(tx, caller.orgId, id);
    const after = (await findApiToken(tx, caller.orgId, id))!;
    await recordAudit(tx, caller.orgId, caller, {
      action: 'api-token.revoke',
      entity: 'api-token',
      entityId: id,
      before,
      after,
    });
    return after;
  });
