/**
 * Server state of the readiness overview: the summary of a scoring (latest, or `asOf`), the tiers
 * a page at a time (filtered and sorted by the server), and the tier-policy simulation (a POST that
 * writes nothing). Shapes the contracts do not export yet are declared here from the API's answers.
 */

import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { ReadinessReport, TierPolicySource } from '@trellis/contracts';
import { retryUnlessRefused } from '../../api/assessment-list.ts';
import { api, type Page, qs } from '../../api/client.ts';
import { useOrgPath } from '../../api/org-path.ts';

/** GET /readiness: the report without its partner rows, plus the scorings there are to choose from. */
export type ReadinessSummary = Omit<ReadinessReport, 'partners'> & {
  scorings?: { asOf: string; createdAt: string }[];
  /** Rows imported or changed per kind after the scoring was made: what it does not know. */
  importedSince?: { entity: string; rows: number }[];
};

type PartnerRow = ReadinessReport['partners'][number];

/** One row of GET /readiness/tiers. */
export type TierRow = Pick<
  PartnerRow,
  | 'externalId'
  | 'name'
  | 'type'
  | 'tier'
  | 'earned'
  | 'composite'
  | 'change'
  | 'skills'
  | 'capacity'
  | 'outcomes'
> & {
  nextTier: string | null;
  /** The program tier recorded in the CRM (`tier` is the readiness tier, computed). */
  programTier: string | null;
  /** The program tier is above the readiness tier: to review. */
  tierReview: boolean;
};

export type TierSort =
  | 'composite'
  | '-composite'
  | 'name'
  | '-name'
  | 'externalId'
  | '-externalId'
  | 'tier'
  | '-tier';

/** POST /readiness/simulations: every partner whose tier would move, and why. */
export interface TierMove {
  partner: string;
  name: string;
  from: string | null;
  to: string | null;
  direction: 'up' | 'down';
  /** The tier the candidate would earn; differs from `to` while a grace period defers a demotion. */
  earned: string | null;
  deferredByGrace: boolean;
  why: string[];
}

export interface TierSimulation {
  asOf: string;
  current: { version: string; sha256: string };
  candidate: { version: string; sha256: string; source: string };
  partners: number;
  moves: TierMove[];
}

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
