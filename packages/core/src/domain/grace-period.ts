/**
 * Demotions wait out a grace period: a partner that no longer earns its tier keeps it for up to
 * `gracePeriods` consecutive evaluation periods; promotions take effect at once.
 */
export type TierChange = 'new' | 'promoted' | 'held' | 'grace' | 'demoted' | 'none';

export interface EffectiveTier {
  /** The tier in effect (null: no tier). */
  tier: string | null;
  change: TierChange;
  /** Consecutive periods the effective tier was not earned (0 unless in grace). */
  periodsBelow: number;
  /** Periods left before a demotion takes effect (only in grace). */
  graceLeft: number;
}

/** `order` lists tier ids from lowest to highest. */
export const applyGracePeriod = (
  earned: string | null,
  previous: { tier: string | null; periodsBelow: number } | null,
  gracePeriods: number,
  order: string[],
): EffectiveTier => {
  const rank = (t: string | null) => (t === null ? -1 : order.indexOf(t));
  const prev = previous?.tier ?? null;
  if (prev === null || rank(earned) >= rank(prev)) {
    const change: TierChange =
      earned === null ? 'none' : prev === null ? 'new' : rank(earned) > rank(prev) ? 'promoted' : 'held';
    return { tier: earned, change, periodsBelow: 0, graceLeft: 0 };
  }
  const periodsBelow = (previous?.periodsBelow ?? 0) + 1;
  if (periodsBelow <= gracePeriods) {
    return { tier: prev, change: 'grace', periodsBelow, graceLeft: gracePeriods - periodsBelow };
  }
  return { tier: earned, change: 'demoted', periodsBelow: 0, graceLeft: 0 };
};
