/**
 * The partners list's state in the URL (`?q=&type=&tier=&health=&region=&sort=&page=`), so a
 * filtered, sorted page is a link — the dashboard links here with `?type=…&health=…`.
 */
import { useSearchParams } from 'react-router';

export const FILTER_KEYS = ['q', 'type', 'tier', 'health', 'region'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface ListParams {
  q: string;
  type: string;
  tier: string;
  health: string;
  region: string;
  sort: string;
  page: number;
}

export const useListParams = () => {
  const [params, setParams] = useSearchParams();
  const value: ListParams = {
    q: params.get('q') ?? '',
    type: params.get('type') ?? '',
    tier: params.get('tier') ?? '',
    health: params.get('health') ?? '',
    region: params.get('region') ?? '',
    sort: params.get('sort') ?? '',
    page: Math.max(1, Number(params.get('page')) || 1),
  };
  /** Sets some params (empty removes them); any change but the page's goes back to page 1. */
  const update = (changes: Partial<Record<keyof ListParams, string | number | null>>) =>
    setParams(
      () => {
        // From the address bar, not this render's params: two quick changes must not undo each other.
        const next = new URLSearchParams(window.location.search);
        for (const [k, v] of Object.entries(changes)) {
          if (v === null || v === undefined || v === '' || (k === 'page' && v === 1)) next.delete(k);
          else next.set(k, String(v));
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      // Typing in the search box should not fill the history with one entry per letter.
      { replace: 'q' in changes },
    );
  const clearFilters = () => update({ q: null, type: null, tier: null, health: null, region: null });
  const filtered = FILTER_KEYS.some((k) => value[k] !== '');
  return { params: value, update, clearFilters, filtered };
};
