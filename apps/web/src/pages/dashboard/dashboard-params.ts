/**
 * The dashboard's state in the URL, so a link reproduces the view: `assessment` and `compare`
 * (a number, or `none`), and the performance table's `sort`, `health`, `type`, `tier`, `q`, `page`.
 */
import { useSearchParams } from 'react-router';

export const DEFAULT_SORT = '-revenue';

export interface TableParams {
  sort: string;
  health?: string;
  type?: string;
  tier?: string;
  q?: string;
  page: number;
}

const positiveInt = (s: string | null) => {
  const n = Number(s);
  return s && Number.isInteger(n) && n >= 1 ? n : undefined;
};

export const useDashboardParams = () => {
  const [params, setParams] = useSearchParams();
  const text = (k: string) => params.get(k) || undefined;

  /** Sets (or, for empty values, removes) params; `replace` for typing, so history is not flooded. */
  const update = (changes: Record<string, string | number | null | undefined>, replace = false) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v === undefined || v === null || v === '') next.delete(k);
          else next.set(k, String(v));
        }
        return next;
      },
      { replace, preventScrollReset: true },
    );

  const table: TableParams = {
    sort: text('sort') ?? DEFAULT_SORT,
    health: text('health'),
    type: text('type'),
    tier: text('tier'),
    q: text('q'),
    page: positiveInt(params.get('page')) ?? 1,
  };
  return {
    assessment: positiveInt(params.get('assessment')),
    /** A number, `none` (no comparison), or undefined (the assessment before the selected one). */
    compare: params.get('compare') === 'none' ? ('none' as const) : positiveInt(params.get('compare')),
    table,
    update,
  };
};
