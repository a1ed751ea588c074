/**
 * Two tiers, named apart everywhere: the **program tier** is what the CRM records (imported with
 * the partners), the **readiness tier** is what Trellis computes from evidence (docs/readiness.md,
 * "Program tier and readiness tier"). A partner whose program tier is above its readiness tier is
 * flagged for review: "Gold in the program, ready for Bronze — review".
 */
import { capitalise, TIER_ORDER, tierName } from './format.ts';

/** The published rank of a program tier as the CRM writes it ("Gold", "GOLD"); -1 when unknown. */
const rankOf = (tier: string | null | undefined): number =>
  tier ? TIER_ORDER.indexOf(tier.trim().toLowerCase()) : -1;

/** "program tier Gold", "no program tier". */
export const programTierText = (tier: string | null | undefined): string =>
  tier ? `program tier ${capitalise(tier)}` : 'no program tier';

/** "readiness tier Gold", "no readiness tier". */
export const readinessTierText = (tier: string | null | undefined): string =>
  tier ? `readiness tier ${tierName(tier)}` : 'no readiness tier';

/**
 * True when the program tier (a known one: Platinum, Gold, Silver, Bronze) is above the readiness
 * tier — no readiness tier counts as below Bronze. A program tier named otherwise ("Premier") is
 * never compared: Trellis cannot tell where it stands.
 */
export const programAboveReadiness = (
  programTier: string | null | undefined,
  readinessTier: string | null | undefined,
): boolean => {
  const program = rankOf(programTier);
  if (program < 0) return false;
  const ready = readinessTier ? TIER_ORDER.indexOf(readinessTier) : TIER_ORDER.length;
  return program < (ready < 0 ? TIER_ORDER.length : ready);
};

/** "Gold in the program, ready for Bronze — review"; "Gold in the program, not ready for any tier — review". */
export const tierReviewText = (programTier: string, readinessTier: string | null | undefined): string =>
  `${capitalise(programTier.trim().toLowerCase())} in the program, ${
    readinessTier ? `ready for ${tierName(readinessTier)}` : 'not ready for any tier'
  } — review`;
