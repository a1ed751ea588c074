/**
 * Tier names and order as the published policy gives them: `name` for a tier id (the API's `none`
 * and null are "no tier"), `order` for ids highest first (unknown ids after the published ones,
 * `none` last). Until the policy has arrived a name is the id capitalised and the order alphabetical.
 */
import { type PublishedTier, tierName, tierRank } from '@trellis/contracts';
import { useMemo } from 'react';
import { usePublishedTiers } from '../api/published-tiers.ts';

export interface TierWords {
  tiers: PublishedTier[];
  /** The tier ids, highest first. */
  ids: string[];
  name: (tier: string | null | undefined) => string;
  /** Where a tier sorts (0: the top tier); case-insensitive, for program tiers as the CRM writes them. */
  rank: (tier: string | null | undefined) => number;
  order: (ids: string[]) => string[];
}

export const tierWordsOf = (tiers: PublishedTier[]): TierWords => {
  const ids = tiers.map((t) => t.id);
  const rank = (tier: string | null | undefined) =>
    tierRank(!tier || tier === 'none' ? null : tier.toLowerCase(), ids);
  return {
    tiers,
    ids,
    name: (tier) => tierName(tier === 'none' ? null : tier, tiers),
    rank,
    order: (list) => [...list].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)),
  };
};

export const useTierWords = (): TierWords => {
  const published = usePublishedTiers().data?.tiers;
  return useMemo(() => tierWordsOf(published ?? []), [published]);
};
