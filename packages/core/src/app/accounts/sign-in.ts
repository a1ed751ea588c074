/**
 * Email + password sign-in with back-off per account and address (signInRules): while a key backs
 * off, attempts are refused (RATE_LIMITED, with the seconds to wait) before the password is even
 * checked. Unknown accounts and wrong passwords fail alike, in the same time.
 */

import { insertSession } from '../../db/queries/accounts/sessions.ts';
import {
  clearFailureKeys,
  pruneFailures,
  recordFailure,
} from '../../db/queries/accounts/sign-in-failures.ts';
import { findUserByEmail, type MembershipRow, membershipsOf } from '../../db/queries/accounts/users.ts';
import type { Database } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import { BACKOFF_WINDOW_SECONDS, type BackoffRule, checkBackoff } from './backoff.ts';
import { dummyHash, verifyPassword } from './passwords.ts';
import { newSecret, sha256 } from './secrets.ts';

/**
 * Sign-in back-off (app/accounts/backoff.ts): per account from one address after 5 failures (up to
 * 15 min), per address across accounts after 20 (up to 15 min), and per account from everywhere
 * after 20, but then for at most a minute: a stranger cannot shut the owner out.
 */
export const signInRules = (email: string, address: string | undefined): BackoffRule[] => {
  const account = email.trim().toLowerCase();
  return [
    {
      key: `pair:${account}|${address ?? ''}`,
      free: 5,
      maxWaitSeconds: 900,
      what: 'for this account from this address',
    },
    ...(address
      ? [{ key: `address:${address}`, free: 20, maxWaitSeconds: 900, what: 'from this address' }]
      : []),
    { key: `account:${account}`, free: 20, maxWaitSeconds: 60, what: 'for this account' },
  ];
};
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

export const signInUseCase = async (db: Database, input: SignInInput): Promise<SignedIn> => {
  const rules = signInRules(input.email, input.address);
  await checkBackoff(db, rules);
  const user = await findUserByEmail(db, input.email.trim());
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), input.password);
  if (!user || !ok) {
    await recordFailure(
      db,
      rules.map((r) => r.key),
    );
    await pruneFailures(db, BACKOFF_WINDOW_SECONDS);
    throw refuse();
  }
  // The account's own failures are forgiven; the address's stay (it may be guessing others).
  await clearFailureKeys(
    db,
    rules.filter((r) => !r.key.startsWith('address:')).map((r) => r.key),
  );
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
