/**
 * Server state of the calibration pages: the sessions, one session (its raters' progress, counts
 * only), the units the signed-in rater is given, a closed session's results, and the writes — open,
 * rate, close. Nothing here can read another rater's rating before the close: the API never sends it.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CalibrationRating,
  CalibrationSession,
  CalibrationSessionCreate,
  CalibrationSessionDetail,
  CalibrationSessionResults,
  CalibrationSessionSummary,
  CalibrationUnitsToRate,
} from '@trellis/contracts';
import { retryUnlessRefused } from '../../../api/assessment-list.ts';
import { api } from '../../../api/client.ts';
import { useOrgPath } from '../../../api/org-path.ts';

const useBase = () => `${useOrgPath()}/calibration-sessions`;
const KEY = 'calibration-sessions';

export const useCalibrationSessions = () => {
  const base = useBase();
  return useQuery({
    queryKey: [KEY, base],
    queryFn: () => api<{ items: CalibrationSessionSummary[] }>(base),
    retry: retryUnlessRefused,
  });
};

export const useCalibrationSession = (number: number) => {
  const base = useBase();
  return useQuery({
    queryKey: [KEY, base, number],
    queryFn: () => api<CalibrationSessionDetail>(`${base}/${number}`),
    retry: retryUnlessRefused,
  });
};

export const useUnitsToRate = (number: number, enabled = true) => {
  const base = useBase();
  return useQuery({
    queryKey: [KEY, base, number, 'units'],
    queryFn: () => api<CalibrationUnitsToRate>(`${base}/${number}/units`),
    retry: retryUnlessRefused,
    enabled,
  });
};

export const useCalibrationResults = (number: number, enabled: boolean) => {
  const base = useBase();
  return useQuery({
    queryKey: [KEY, base, number, 'results'],
    queryFn: () => api<CalibrationSessionResults>(`${base}/${number}/results`),
    retry: retryUnlessRefused,
    enabled,
  });
};

export const useOpenSession = () => {
  const base = useBase();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CalibrationSessionCreate) => api<CalibrationSession>(base, { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: [KEY, base] }),
  });
};

export const useRateUnit = (number: number) => {
  const base = useBase();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ unit, value }: { unit: string; value: number }) =>
      api<CalibrationRating>(`${base}/${number}/units/${encodeURIComponent(unit)}/rating`, {
        method: 'PUT',
        body: { value },
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: [KEY, base] }),
  });
};

export const useCloseSession = (number: number) => {
  const base = useBase();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<CalibrationSession>(`${base}/${number}/close`, { method: 'POST', body: {} }),
    onSuccess: () => qc.invalidateQueries({ queryKey: [KEY, base] }),
  });
};
