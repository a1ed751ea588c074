/** Server state of the history page: the program over time and the outcomes between two dates. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { OutcomesComparison, ProgramHistory } from '@trellis/contracts';
import { retryUnlessRefused } from '../../api/assessment-list.ts';
import { api, qs } from '../../api/client.ts';
import { useOrgPath } from '../../api/org-path.ts';

export type History = ProgramHistory;

export const useHistory = () => {
  const org = useOrgPath();
  return useQuery({
    queryKey: ['history', org],
    queryFn: () => api<ProgramHistory>(`${org}/history`),
    retry: retryUnlessRefused,
  });
};

export const useOutcomes = (from: string | undefined, to: string | undefined) => {
  const org = useOrgPath();
  return useQuery({
    queryKey: ['history', org, 'outcomes', from ?? '', to ?? ''],
    queryFn: () => api<OutcomesComparison>(`${org}/history/outcomes${qs({ from, to })}`),
    placeholderData: keepPreviousData,
    retry: retryUnlessRefused,
  });
};
