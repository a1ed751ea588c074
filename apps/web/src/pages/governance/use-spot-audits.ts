/**
 * Server state of the spot-audits page: the audits, the one shown (with its items), its overturn
 * rates, and the two writes — a draw and a decision. After a write, what it changed is read again
 * (a decision changes the audit, its rates, and, through the re-scoring, readiness).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AuditOutcomeRequest,
  AuditOutcomeResult,
  SpotAudit,
  SpotAuditDrawn,
  SpotAuditDrawRequest,
  SpotAuditResults,
  SpotAuditSummary,
} from '@trellis/contracts';
import { retryUnlessRefused } from '../../api/assessment-list.ts';
import { api } from '../../api/client.ts';
import { useOrgPath } from '../../api/org-path.ts';

export const useSpotAudits = () => {
  const org = useOrgPath();
  return useQuery({
    queryKey: ['spot-audits', org],
    queryFn: () => api<{ items: SpotAuditSummary[] }>(`${org}/spot-audits`),
    retry: retryUnlessRefused,
  });
};

export const useSpotAudit = (number: number) => {
  const org = useOrgPath();
  return useQuery({
    queryKey: ['spot-audits', org, number],
    queryFn: () => api<SpotAudit>(`${org}/spot-audits/${number}`),
    retry: retryUnlessRefused,
  });
};

export const useSpotAuditResults = (number: number) => {
  const org = useOrgPath();
  return useQuery({
    queryKey: ['spot-audits', org, number, 'results'],
    queryFn: () => api<SpotAuditResults>(`${org}/spot-audits/${number}/results`),
    retry: retryUnlessRefused,
  });
};

export const useDrawSpotAudit = () => {
  const org = useOrgPath();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: SpotAuditDrawRequest) =>
      api<SpotAuditDrawn>(`${org}/spot-audits`, { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['spot-audits', org] }),
  });
};

export const useDecideItem = (number: number, evaluation: string) => {
  const org = useOrgPath();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: AuditOutcomeRequest) =>
      api<AuditOutcomeResult>(`${org}/spot-audits/${number}/items/${encodeURIComponent(evaluation)}`, {
        method: 'PUT',
        body,
      }),
    // An overturn re-scores readiness: every cached page of the org reads again.
    onSuccess: () => qc.invalidateQueries(),
  });
};
