import { useApiToken } from '../../db/queries/accounts/api-tokens.ts';
import type { Database } from '../../db/sql-client.ts';
import { TOKEN_PREFIX } from './api-token.ts';
import type { Principal } from './caller.ts';
import { sha256 } from './secrets.ts';

/** The principal a bearer token stands for, or undefined (unknown, malformed or revoked). */
export const authenticateTokenUseCase = async (
  db: Database,
  { token }: { token: string },
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
