/**
 * The partners list's data: one server page of the latest assessment's performance rows (filtered,
 * sorted and paged by the API), and the partner records for what the rows lack (region) and for
 * the filters' choices.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Page, qs } from '../../api/client.ts';
import { useOrgPath } from '../../api/org-path.ts';
import type { PartnerRecord, PerformanceRow } from './partner-types.ts';
import type { ListParams } from './use-list-params.ts';

export const PAGE_SIZE = 25;

type Filters = Pick<ListParams, 'q' | 'type' | 'tier' | 'health' | 'region'>;

/** The performance endpoint's query for these filters (`region` is new on the server). */
export const performanceQuery = (f: Filters, extra: Record<string, string | number | undefined> = {}) =>
  qs({
    q: f.q.trim() || undefined,
    type: f.type,
    programTier: f.tier,
    health: f.health,
    region: f.region,
    ...extra,
  });

export const usePerformancePage = (p: ListParams) => {
  const org = useOrgPath();
  const query = performanceQuery(p, {
    sort: p.sort || undefined,
    limit: PAGE_SIZE,
    offset: (p.page - 1) * PAGE_SIZE,
  });
  return useQuery({
    queryKey: ['performance', org, query],
    queryFn: () => api<Page<PerformanceRow>>(`${org}/assessments/latest/performance${query}`),
    // Keep the current page on screen while the next one loads (no flash to a spinner).
    placeholderData: keepPreviousData,
  });
};

/** How many partners of a health state match the other filters (for "3 at-risk, 4 dormant"). */
export const useHealthCount = (f: Filters, health: string) => {
  const org = useOrgPath();
  const query = performanceQuery({ ...f, health }, { limit: 1 });
  return useQuery({
    queryKey: ['performance', org, query],
    queryFn: () => api<Page<PerformanceRow>>(`${org}/assessments/latest/performance${query}`),
    select: (page) => page.total,
  });
};

/** Every partner record (up to the API's 500 a page): regions, tiers, and whether any exist. */
export const usePartnerRecords = () => {
  const org = useOrgPath();
  return useQuery({
    queryKey: ['partners', org, 'all'],
    queryFn: () => api<Page<PartnerRecord>>(`${org}/partners?limit=500&sort=name`),
    staleTime: 5 * 60_000,
  });
};
