/**
 * Reads several pages share: the org's assessments (newest as-of first) and the retry rule of every
 * query. Kept below the pages so that no page imports another.
 */
import { useQuery } from '@tanstack/react-query';
import type { assessmentSchema } from '@trellis/contracts';
import type { z } from 'zod';
import { ApiError, api, type Page } from './client.ts';
import { useOrgPath } from './org-path.ts';

export type Assessment = z.infer<typeof assessmentSchema>;

/** Retry once after a network or server fault, never after the API's "no" (a 4xx will not change). */
export const retryUnlessRefused = (failures: number, err: Error) =>
  !(err instanceof ApiError && err.status < 500) && failures < 1;

export const useAssessmentList = () => {
  const org = useOrgPath();
  return useQuery({
    queryKey: ['assessments', org],
    queryFn: () => api<Page<Assessment>>(`${org}/assessments?limit=100`),
  });
};
