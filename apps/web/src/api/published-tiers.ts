/**
 * The published tier policy's tiers (GET …/readiness/policies/:version/tiers): the one source of the
 * tier names and their order on every page. Open to every role that reads readiness; a policy does
 * not change while the app runs, so it is fetched once.
 */
import { useQuery } from '@tanstack/react-query';
import type { PublishedTiers } from '@trellis/contracts';
import { api } from './client.ts';
import { useOrgPath } from './org-path.ts';

/** The policy a scoring uses unless told otherwise (the server's default too). */
export const PUBLISHED_POLICY = 'v1';

export const usePublishedTiers = () => {
  const org = useOrgPath();
  return useQuery({
    queryKey: ['published-tiers', org, PUBLISHED_POLICY],
    queryFn: () => api<PublishedTiers>(`${org}/readiness/policies/${PUBLISHED_POLICY}/tiers`),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
};
