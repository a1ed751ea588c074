/**
 * Server state of the assessment workspace: the assessment's meta (status), its report, one
 * criterion's drill-down, and the writes (score, withdraw, finalise). Every write answers with the
 * recomputed report (or the final meta), which replaces the cache at once; everything else that
 * reads assessments (dashboard, partners) is refetched because an override moves their figures.
 */

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CriterionUnitRow,
  criterionUnitCounts,
  criterionUnitStatus,
  ProgramReport,
} from '@trellis/contracts';
import type { z } from 'zod';
import { type Assessment, retryUnlessRefused } from '../../api/assessment-list.ts';
import { api, type Page, qs } from '../../api/client.ts';
import { useOrgPath } from '../../api/org-path.ts';
import { SESSION_KEY } from '../../api/session.tsx';

export { type Assessment, useAssessmentList } from '../../api/assessment-list.ts';

export type Dimension = ProgramReport['scorecard'][number];
export type Criterion = Dimension['criteria'][number];

/** `latest` or a number, as the URL has it. */
export type AssessmentRef = string;

const key = (org: string, ref: AssessmentRef, ...rest: string[]) => ['assessment', org, ref, ...rest];

export const useAssessment = (ref: AssessmentRef) => {
  const org = useOrgPath();
  return useQuery({
    queryKey: key(org, ref, 'meta'),
    queryFn: () => api<Assessment>(`${org}/assessments/${encodeURIComponent(ref)}`),
    retry: retryUnlessRefused,
  });
};

export const useAssessmentReport = (ref: AssessmentRef) => {
  const org = useOrgPath();
  return useQuery({
    queryKey: key(org, ref, 'report'),
    // The report without per-partner rows: small at any number of partners (drill-downs page them).
    queryFn: () => api<ProgramReport>(`${org}/assessments/${encodeURIComponent(ref)}/dashboard`),
    retry: retryUnlessRefused,
  });
};

export type CriterionUnit = CriterionUnitRow;
export type UnitStatus = z.infer<typeof criterionUnitStatus>;
export type UnitCounts = z.infer<typeof criterionUnitCounts>;

export const CRITERION_PAGE_SIZE = 25;

/**
 * A page of the units behind a criterion's signal (every partner, or target market, failing ones
 * first); the last page stays shown while the next loads.
 */
export const useCriterionUnits = (
  ref: AssessmentRef,
  criterion: string,
  q: string,
  status: UnitStatus | null,
  page: number,
) => {
  const org = useOrgPath();
  return useQuery({
    queryKey: key(org, ref, 'criterion-units', criterion, q, status ?? 'all', String(page)),
    queryFn: () =>
      api<Page<CriterionUnit> & { counts: UnitCounts }>(
        `${org}/assessments/${encodeURIComponent(ref)}/criteria/${encodeURIComponent(criterion)}/units${qs({
          q: q || undefined,
          status: status ?? undefined,
          limit: CRITERION_PAGE_SIZE,
          offset: (page - 1) * CRITERION_PAGE_SIZE,
        })}`,
      ),
    placeholderData: keepPreviousData,
    retry: retryUnlessRefused,
  });
};

/** Refetch everything read from the API except the session: an override or finalisation moves the dashboard, partners and lists too. */
const useRefreshAll = () => {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
};

/** The overall score before and after a write: "Overall 2.8 → 2.9". */
export interface OverallChange {
  criterion: string;
  action: 'scored' | 'withdrawn';
  before: ProgramReport['summary']['overall'] | undefined;
  after: ProgramReport['summary']['overall'];
}

/** Sets (`{score, reason}`) or withdraws (`null`) the assessor's score of one criterion. */
export const useScoreCriterion = (ref: AssessmentRef) => {
  const org = useOrgPath();
  const qc = useQueryClient();
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: async (v: { criterion: string; score: { score: number; reason: string } | null }) => {
      const before = qc.getQueryData<ProgramReport>(key(org, ref, 'report'))?.summary.overall;
      const path = `${org}/assessments/${encodeURIComponent(ref)}/criteria/${encodeURIComponent(v.criterion)}`;
      const report = v.score
        ? await api<ProgramReport>(path, { method: 'PUT', body: v.score })
        : await api<ProgramReport>(path, { method: 'DELETE' });
      return { report, before };
    },
    onSuccess: ({ report }) => {
      qc.setQueryData(key(org, ref, 'report'), report);
      // Not awaited: the answer is already on screen; the rest refreshes behind it.
      void refresh();
    },
  });
};

export const useFinalize = (ref: AssessmentRef) => {
  const org = useOrgPath();
  const qc = useQueryClient();
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: () =>
      api<Assessment>(`${org}/assessments/${encodeURIComponent(ref)}/finalize`, { method: 'POST' }),
    onSuccess: (meta) => {
      qc.setQueryData(key(org, ref, 'meta'), meta);
      void refresh();
    },
  });
};
