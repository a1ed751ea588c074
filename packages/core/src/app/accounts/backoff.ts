/**
 * Back-off, not lock-out, for password guesses (sign-in, and the current password of a password
 * change): each key may fail `free` times within the window; after that every further attempt must
 * wait after the latest failure, twice as long each time (30 s, 1 min, 2 min … up to
 * `maxWaitSeconds`). The right password still works once the wait is over, so a stranger can slow an account
 * down but never shut its owner out; the pair (account, address) takes the brunt, the account as a
 * whole only backs off after many failures and never for long.
 */
import { failureStats } from '../../db/queries/accounts/sign-in-failures.ts';
import type { SqlClient } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';

export interface BackoffRule {
  key: string;
  /** Failures allowed within the window before any wait. */
  free: number;
  /** The longest wait, seconds. */
  maxWaitSeconds: number;
  /** How the refusal names it: "for this account from this address". */
  what: string;
}

export const BACKOFF_WINDOW_SECONDS = 15 * 60;

/** The wait after `n` failures of a rule, seconds (0 while within the free ones). */
export const backoffSeconds = (rule: Pick<BackoffRule, 'free' | 'maxWaitSeconds'>, n: number): number =>
  n < rule.free ? 0 : Math.min(FIRST_WAIT_SECONDS * 2 ** (n - rule.free), rule.maxWaitSeconds);

/** The first wait once the free failures are used up. */
export const FIRST_WAIT_SECONDS = 30;

/** Refuses with RATE_LIMITED (and the seconds to wait) while any rule's key is backing off. */
export const checkBackoff = async (db: SqlClient, rules: readonly BackoffRule[]): Promise<void> => {
  const stats = await failureStats(
    db,
    rules.map((r) => r.key),
    BACKOFF_WINDOW_SECONDS,
  );
  for (const rule of rules) {
    const s = stats.find((x) => x.key === rule.key);
    if (!s) continue;
    const wait = Math.ceil(backoffSeconds(rule, s.n) - s.sinceLast);
    if (wait > 0)
      throw new AppError(
        'RATE_LIMITED',
        `Too many failed attempts ${rule.what}; try again in ${wait < 60 ? `${wait} s` : `${Math.ceil(wait / 60)} min`}`,
        [],
        { retryAfterSeconds: wait },
      );
  }
};
