import type { ApiTokenRow } from '../../db/queries/accounts/api-tokens.ts';

export type ApiToken = ApiTokenRow;

/** Tokens look like `trl_<secret>`: recognisable in logs and secret scanners. */
export const TOKEN_PREFIX = 'trl_';
