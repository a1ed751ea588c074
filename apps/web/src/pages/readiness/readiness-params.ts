/**
 * The page's state in the URL (back, forward and deep links work): the scoring shown (`asOf`),
 * and the tiers table's filters (`tier`, `review`), sort (`sort`) and page (`page`).
 */
import { type TierSort, tierSorts } from '@trellis/contracts';
import { useSearchParams } from 'react-router';

export interface ReadinessParams {
  asOf: string | undefined;
  tier: string | undefined;
  /** `1`: only partners whose program tier is above their readiness tier. */
  review: boolean;
  sort: TierSort;
  page: number;
}

export const useReadinessParams = () => {
  const [params, setParams] = useSearchParams();
  const sort = params.get('sort') as TierSort | null;
  const page = Number(params.get('page') ?? '1');
  const value: ReadinessParams = {
    asOf: params.get('asOf') ?? undefined,
    tier: params.get('tier') ?? undefined,
    review: params.get('review') === '1',
    sort: sort && tierSorts.includes(sort) ? sort : '-composite',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
  /** Sets some params; any change but the page itself starts the table from page 1. */
  const set = (patch: Partial<Record<keyof ReadinessParams, string | number | boolean | undefined>>) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      for (const [k, v] of Object.entries(patch)) {
        if (v === undefined || v === '' || v === false) next.delete(k);
        else next.set(k, v === true ? '1' : String(v));
      }
      if (!('page' in patch)) next.delete('page');
      return next;
    });
  return [value, set] as const;
};
