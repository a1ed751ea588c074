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
  memberSchema,
} from '@trellis/contracts';
import type { z } from 'zod';
import { retryUnlessRefused } from '../../../api/assessment-list.ts';
import { api } from '../../../api/client.ts';
import { useOrgPath } from '../../../api/org-path.ts';

type Member = z.infer<typeof memberSchema>;
/** The roles a session may name as raters (docs/governance.md, "Calibration sessions"). */
const RATING_ROLES: string[] = ['owner', 'admin', 'program_manager', 'assessor'];

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

/** Evaluations the form offers (the first 500 by id: the records API's largest page). */
export const useEvaluationChoices = () => {
  const org = useOrgPath();
  return useQuery({
    queryKey: ['records', org, 'evaluations', 'calibration-choices'],
    queryFn: () =>
      api<{ items: Record<string, unknown>[]; total: number }>(
        `${org}/evaluations?limit=500&sort=external_id`,
      ),
  });
};

/** Who may rate: members with a staff role that rates (the members list is for owners and admins). */
export const useRaterChoices = (enabled: boolean) => {
  const org = useOrgPath();
  return useQuery({
    queryKey: ['admin', 'members', org],
    enabled,
    queryFn: () => api<{ items: Member[]; total: number }>(`${org}/members`),
    select: (r) => r.items.filter((m) => RATING_ROLES.includes(m.role)),
  });
};
