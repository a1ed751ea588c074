/**
 * The columns the tiers page (GET …/readiness/tiers) sorts by, `-` for descending. No zod here: the
 * web app checks a URL's sort against this list without loading the schemas.
 */
export const tierSortKeys = ['composite', 'name', 'externalId', 'tier'] as const;
export type TierSortKey = (typeof tierSortKeys)[number];
export type TierSort = TierSortKey | `-${TierSortKey}`;

/** Every sort the API accepts: each key ascending, then descending. */
export const tierSorts = tierSortKeys.flatMap((k): TierSort[] => [k, `-${k}`]);
