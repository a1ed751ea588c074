/** Creates an API token for integrations: one org, one role (a partner-role token is bound to one partner); the secret is shown once and stored as sha256. */
import { findApiToken, insertApiToken } from '../../db/queries/accounts/api-tokens.ts';
import { recordAudit } from '../../db/queries/audit-log.ts';
import type { Database } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import { type ApiToken, TOKEN_PREFIX } from './api-token.ts';
import type { Caller } from './caller.ts';
import { partnerBinding } from './partner-binding.ts';
import { mayGrant, type Role } from './roles.ts';
import { newSecret, sha256 } from './secrets.ts';

export const createApiTokenUseCase = async (
  db: Database,
  caller: Caller,
  input: { name: string; role: Role; partner?: string },
): Promise<ApiToken & { token: string }> => {
  if (!mayGrant(caller.role, input.role))
    throw new AppError('FORBIDDEN', `A ${caller.role} may not create a token with the role ${input.role}`);
  const token = `${TOKEN_PREFIX}${newSecret()}`;
  return db.transaction(async (tx) => {
    const partnerId = await partnerBinding(tx, caller.orgId, input.role, input.partner);
    const id = await insertApiToken(tx, {
      orgId: caller.orgId,
      name: input.name,
      role: input.role,
      partnerId,
      tokenHash: sha256(token),
      prefix: token.slice(0, TOKEN_PREFIX.length + 6),
      createdBy: caller.userId ?? null,
    });
    const row = (await findApiToken(tx, caller.orgId, id))!;
    await recordAudit(tx, caller.orgId, caller, {
      action: 'api-token.create',
      entity: 'api-token',
      entityId: id,
      after: row,
    });
    return { ...row, token };
  });
};
