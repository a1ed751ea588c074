/** Tier names and order: the published policy's tiers, highest first, "none" last. */
const ORDER = ['platinum', 'gold', 'silver', 'bronze'];
const NAMES: Record<string, string> = {
  platinum: 'Platinum',
  gold: 'Gold',
  silver: 'Silver',
  bronze: 'Bronze',
  none: 'No tier',
};

export const tierName = (tier: string | null | undefined): string =>
  tier ? (NAMES[tier] ?? tier.charAt(0).toUpperCase() + tier.slice(1)) : 'No tier';

/** Tier ids highest first (unknown ids after the known ones), `none` last. */
export const orderTiers = (ids: string[]): string[] => {
  const rank = (t: string) => (t === 'none' ? 1000 : ORDER.includes(t) ? ORDER.indexOf(t) : 100);
  return [...ids].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
};

/** The word for a tier change of the latest scoring. */
export const CHANGE_TEXT: Record<string, string> = {
  new: 'New',
  promoted: '↑ Promoted',
  held: 'Held',
  grace: 'In grace',
  demoted: '↓ Demoted',
  none: '—',
};
