/** The org's API tokens, revoked ones included, with the time each was last used (never the secret). */
import { listApiTokens } from '../../db/queries/accounts/api-tokens.ts';
import type { Database } from '../../db/sql-client.ts';
import type { ApiToken } from './api-token.ts';
import type { Caller } from './caller.ts';

export const listApiTokensUseCase = (db: Database, caller: Caller): Promise<ApiToken[]> =>
  listApiTokens(db, caller.orgId);
