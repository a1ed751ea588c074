/**
 * Two tiers, named apart everywhere: the **program tier** is what the CRM records (imported with
 * the partners), the **readiness tier** is what Trellis computes from evidence (docs/readiness.md,
 * "Program tier and readiness tier"). A partner whose program tier is above its readiness tier is
 * flagged for review: "Gold in the program, ready for Bronze — review".
 */
import { capitalise, TIER_ORDER, tierName } from './format.ts';

/** The published rank of a program tier as the CRM writes it ("Gold", "GOLD"); -1 when unknown. */
const rankOf = (tier: string | null | undefined, order: readonly string[]): number =>
  tier ? order.indexOf(tier.trim().toLowerCase()) : -1;

/** "program tier Gold", "no program tier". */
export const programTierText = (tier: string | null | undefined): string =>
  tier ? `program tier ${capitalise(tier)}` : 'no program tier';

/** "readiness tier Gold", "no readiness tier". */
export const readinessTierText = (tier: string | null | undefined): string =>
  tier ? `readiness tier ${tierName(tier)}` : 'no readiness tier';

/**
 * True when the program tier (a known one: Platinum, Gold, Silver, Bronze) is above the readiness
 * tier — no readiness tier counts as below Bronze. A program tier named otherwise ("Premier") is
 * never compared: Trellis cannot tell where it stands. `order`: the policy's tier ids, highest first.
 */
export const programAboveReadiness = (
  programTier: string | null | undefined,
  readinessTier: string | null | undefined,
  order: readonly string[] = TIER_ORDER,
): boolean => {
  const program = rankOf(programTier, order);
  if (program < 0) return false;
  const ready = readinessTier ? order.indexOf(readinessTier) : order.length;
  return program < (ready < 0 ? order.length : ready);
};

/**
 * "Gold in the program, ready for Bronze — review"; "Gold in the program, not ready for any tier —
 * review". `tiers`: the policy's, to name the readiness tier by.
 */
export const tierReviewText = (
  programTier: string,
  readinessTier: string | null | undefined,
  tiers?: readonly { id: string; name: string }[],
): string =>
  `${capitalise(programTier.trim().toLowerCase())} in the program, ${
    readinessTier ? `ready for ${tierName(readinessTier, tiers)}` : 'not ready for any tier'
  } — review`;
