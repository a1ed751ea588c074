/** Tier ids as names: the readiness API speaks ids (`gold`), people read names (Gold). */
export const tierName = (tier: string | null | undefined): string =>
  tier ? tier.charAt(0).toUpperCase() + tier.slice(1) : 'no tier';
