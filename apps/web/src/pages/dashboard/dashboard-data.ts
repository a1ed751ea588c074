/**
 * The dashboard's server state: the org's assessments, one assessment's dashboard document (the
 * report without per-partner rows) and one page of its performance table. Query keys start with
 * 'dashboard' so other pages' caches of the same routes never collide with these.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { assessmentSchema, PlanItemStatus, ProgramReport } from '@trellis/contracts';
import type { z } from 'zod';
import { api, type Page, qs } from '../../api/client.ts';
import { useOrgPath } from '../../api/org-path.ts';

export type Assessment = z.infer<typeof assessmentSchema>;
export type PerformanceRow = ProgramReport['performance']['partners'][number];

/** Where a plan item stands (set with PATCH …/plan/:action); documents stored before it have none. */
export type PlanStatus = PlanItemStatus;
export type PlanItem = ProgramReport['plan']['days30'][number];

export const assessmentsKey = (org: string) => ['dashboard', 'assessments', org] as const;
export const dashboardKey = (org: string, number: number) => ['dashboard', 'document', org, number] as const;

/** Every assessment of the org, newest first (the API's order). */
export const useAssessments = () => {
  const org = useOrgPath();
  return useQuery({
    queryKey: assessmentsKey(org),
    queryFn: () => api<Page<Assessment>>(`${org}/assessments?limit=500`),
  });
};

/** One assessment's dashboard document; idle while `number` is unknown (no comparison chosen). */
export const useDashboard = (number: number | undefined) => {
  const org = useOrgPath();
  return useQuery({
    queryKey: dashboardKey(org, number ?? 0),
    queryFn: () => api<ProgramReport>(`${org}/assessments/${number}/dashboard`),
    enabled: number !== undefined,
  });
};

export interface PerformanceQuery {
  sort: string;
  health?: string;
  type?: string;
  /** The URL's `tier`: the program tier recorded in the CRM (the API's `programTier`). */
  tier?: string;
  q?: string;
  limit: number;
  offset: number;
}

/** One page of the performance table, sorted and filtered by the server; the last page stays shown while the next loads. */
export const usePerformance = (number: number | undefined, query: PerformanceQuery) => {
  const org = useOrgPath();
  return useQuery({
    queryKey: ['dashboard', 'performance', org, number ?? 0, query] as const,
    queryFn: () => {
      const { tier, ...rest } = query;
      return api<Page<PerformanceRow>>(
        `${org}/assessments/${number}/performance${qs({ ...rest, programTier: tier })}`,
      );
    },
    placeholderData: keepPreviousData,
    enabled: number !== undefined,
  });
};
