/**
 * API tokens for integrations: one org, one role (a partner-role token is bound to one partner),
 * shown once at creation and stored as sha256, revocable, with the time it was last used.
 */
import {
  type ApiTokenRow,
  findApiToken,
  insertApiToken,
  listApiTokens,
  revokeApiToken,
  useApiToken,
} from '../../db/queries/accounts/api-tokens.ts';
import { recordAudit } from '../../db/queries/audit-log.ts';
import type { Database } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import type { Caller, Principal } from './caller.ts';
import { partnerBinding } from './partner-binding.ts';
import { mayGrant, type Role } from './roles.ts';
import { newSecret, sha256 } from './secrets.ts';

export type ApiToken = ApiTokenRow;

/** Tokens look like `trl_<secret>`: recognisable in logs and secret scanners. */
const TOKEN_PREFIX = 'trl_';

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

export const listApiTokensUseCase = (db: Database, caller: Caller): Promise<ApiToken[]> =>
  listApiTokens(db, caller.orgId);

export const revokeApiTokenUseCase = async (db: Database, caller: Caller, id: string): Promise<ApiToken> =>
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

/** The principal a bearer token stands for, or undefined (unknown, malformed or revoked). */
export const authenticateToken = async (
  db: Database,
  token: string,
): Promise<Extract<Principal, { kind: 'token' }> | undefined> => {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return undefined;
  const row = await useApiToken(db, sha256(token));
  return (
    row && {
      kind: 'token',
      tokenId: row.id,
      name: row.name,
      orgId: row.orgId,
      role: row.role,
      partnerId: row.partnerId,
    }
  );
};
