/**
 * Server state of the readiness overview: the summary of a scoring (latest, or `asOf`), the tiers
 * a page at a time (filtered and sorted by the server), and the tier-policy simulation (a POST that
 * writes nothing), in the contracts' shapes.
 */

import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type {
  ReadinessSummary,
  TierPolicySource,
  TierRow,
  TierSimulation,
  TierSort,
} from '@trellis/contracts';
import { retryUnlessRefused } from '../../api/assessment-list.ts';
import { api, type Page, qs } from '../../api/client.ts';
import { useOrgPath } from '../../api/org-path.ts';

export type { ReadinessSummary, TierMove, TierRow, TierSimulation, TierSort } from '@trellis/contracts';

export const useReadinessSummary = (asOf: string | undefined) => {
  const org = useOrgPath();
  return useQuery({
    queryKey: ['readiness', org, 'summary', asOf ?? 'latest'],
    queryFn: () => api<ReadinessSummary>(`${org}/readiness${qs({ asOf })}`),
    retry: retryUnlessRefused,
  });
};

export const useTiers = (q: {
  asOf?: string;
  tier?: string;
  /** Only partners whose program tier is above their readiness tier. */
  review?: boolean;
  sort: TierSort;
  limit: number;
  offset: number;
}) => {
  const org = useOrgPath();
  return useQuery({
    queryKey: ['readiness', org, 'tiers', q],
    queryFn: () =>
      api<Page<TierRow> & { asOf: string }>(
        `${org}/readiness/tiers${qs({ ...q, review: q.review ? 'true' : undefined })}`,
      ),
    // Keep the current page on screen while the next one loads.
    placeholderData: keepPreviousData,
    retry: retryUnlessRefused,
  });
};

/** The published tier policy as written, fetched when the simulation starts from it. */
export const usePublishedPolicy = () => {
  const org = useOrgPath();
  return useMutation({
    mutationFn: (version: string) =>
      api<TierPolicySource>(`${org}/readiness/policies/${encodeURIComponent(version)}`),
  });
};

export const useSimulation = () => {
  const org = useOrgPath();
  return useMutation({
    mutationFn: (body: { policy: string; asOf?: string }) =>
      api<TierSimulation>(`${org}/readiness/simulations`, { method: 'POST', body }),
  });
};
