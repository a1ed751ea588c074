/**
 * Email + password sign-in with throttling per account and per address: too many failures within
 * the window and further attempts are refused (RATE_LIMITED, with the seconds to wait) before the
 * password is even checked. Unknown accounts and wrong passwords fail alike, in the same time.
 */

import { insertSession } from '../../db/queries/accounts/sessions.ts';
import {
  clearFailures,
  countFailures,
  pruneFailures,
  recordFailure,
} from '../../db/queries/accounts/sign-in-failures.ts';
import { findUserByEmail, type MembershipRow, membershipsOf } from '../../db/queries/accounts/users.ts';
import type { Database } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import { dummyHash, verifyPassword } from './passwords.ts';
import { newSecret, sha256 } from './secrets.ts';

export const THROTTLE = { windowSeconds: 15 * 60, perAccount: 5, perAddress: 20 } as const;
export const SESSION_TTL_SECONDS = 14 * 24 * 3600;

export interface SignInInput {
  email: string;
  password: string;
  address?: string;
  userAgent?: string;
}

export interface SignedIn {
  /** The cookie value; only its sha256 is stored. */
  sessionToken: string;
  csrfToken: string;
  user: { id: string; email: string; name: string };
  memberships: MembershipRow[];
}

const refuse = () => new AppError('UNAUTHENTICATED', 'Email or password is wrong');

export const signIn = async (db: Database, input: SignInInput): Promise<SignedIn> => {
  const accountKey = `account:${input.email.trim().toLowerCase()}`;
  const keys = input.address ? [accountKey, `address:${input.address}`] : [accountKey];
  for (const f of await countFailures(db, keys, THROTTLE.windowSeconds)) {
    const limit = f.key === accountKey ? THROTTLE.perAccount : THROTTLE.perAddress;
    if (f.n >= limit)
      throw new AppError(
        'RATE_LIMITED',
        `Too many failed sign-ins ${f.key === accountKey ? 'for this account' : 'from this address'}; try again in ${Math.ceil(f.retryAfter / 60)} min`,
        [],
        { retryAfterSeconds: f.retryAfter },
      );
  }
  const user = await findUserByEmail(db, input.email.trim());
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), input.password);
  if (!user || !ok) {
    await recordFailure(db, keys);
    await pruneFailures(db, THROTTLE.windowSeconds);
    throw refuse();
  }
  await clearFailures(db, accountKey);
  const sessionToken = newSecret();
  const csrfToken = newSecret();
  await insertSession(db, {
    tokenHash: sha256(sessionToken),
    userId: user.id,
    csrfToken,
    ttlSeconds: SESSION_TTL_SECONDS,
    address: input.address,
    userAgent: input.userAgent?.slice(0, 300),
  });
  return {
    sessionToken,
    csrfToken,
    user: { id: user.id, email: user.email, name: user.name },
    memberships: await membershipsOf(db, user.id),
  };
};
