/**
 * One partner's data, each from its own endpoint so every panel loads (or fails) on its own. A 404
 * means "no such partner that you can reach" — a partner user asking for another partner gets
 * exactly that — so 404s are not retried, and the other panels wait for the partner record (one
 * 404, not seven).
 */
import { useQuery } from '@tanstack/react-query';
import type { PartnerAttributeHistory } from '@trellis/contracts';
import { ApiError, api, type Page, qs } from '../../api/client.ts';
import { useOrgPath } from '../../api/org-path.ts';
import type {
  EvaluationRecord,
  EvidenceFile,
  PartnerPerformanceRow,
  PartnerReadiness,
  PartnerRecord,
  PersonRecord,
  RemediationItem,
} from './partner-types.ts';

const notOn404 = (count: number, err: Error) => !(err instanceof ApiError && err.status === 404) && count < 1;

export const isNotFound = (err: unknown) => err instanceof ApiError && err.status === 404;

/** Query keys the remediation and evidence mutations refresh. */
export const partnerKeys = {
  remediation: (org: string, id: string) => ['remediation', org, id] as const,
  readiness: (org: string, id: string) => ['partner-readiness', org, id] as const,
  evidence: (org: string, id: string) => ['evidence-files', org, id] as const,
};

const enc = encodeURIComponent;

export const usePartnerRecord = (id: string) => {
  const org = useOrgPath();
  return useQuery({
    queryKey: ['partner', org, id],
    queryFn: () => api<PartnerRecord>(`${org}/partners/${enc(id)}`),
    retry: notOn404,
  });
};

export const usePartnerReadiness = (id: string, enabled = true) => {
  const org = useOrgPath();
  return useQuery({
    enabled,
    queryKey: partnerKeys.readiness(org, id),
    queryFn: () => api<PartnerReadiness>(`${org}/partners/${enc(id)}/readiness`),
    retry: notOn404,
  });
};

/** The partner's row of the latest assessment's performance table (null when it has none); a partner user's is the partner view. */
export const usePartnerPerformance = (id: string, enabled = true) => {
  const org = useOrgPath();
  return useQuery({
    enabled,
    queryKey: ['performance', org, 'partner', id],
    queryFn: async () => {
      // `q` matches ids and names by substring: pick the row that is exactly this partner.
      const page = await api<Page<PartnerPerformanceRow>>(
        `${org}/assessments/latest/performance${qs({ q: id, limit: 50 })}`,
      );
      return page.items.find((r) => r.externalId === id) ?? null;
    },
    retry: notOn404,
  });
};

export const useRemediation = (id: string, enabled = true) => {
  const org = useOrgPath();
  return useQuery({
    enabled,
    queryKey: partnerKeys.remediation(org, id),
    queryFn: () =>
      api<{ items: RemediationItem[]; total: number }>(`${org}/remediation${qs({ partner: id })}`),
  });
};

export const usePeople = (id: string, enabled = true) => {
  const org = useOrgPath();
  return useQuery({
    enabled,
    queryKey: ['people', org, id],
    queryFn: () =>
      api<Page<PersonRecord>>(`${org}/people${qs({ partner_external_id: id, limit: 500, sort: 'name' })}`),
  });
};

export const useEvaluations = (id: string, enabled = true) => {
  const org = useOrgPath();
  return useQuery({
    enabled,
    queryKey: ['evaluations', org, id],
    queryFn: () =>
      api<Page<EvaluationRecord>>(
        `${org}/evaluations${qs({ partner_external_id: id, limit: 500, sort: '-evaluated_on' })}`,
      ),
  });
};

export const useEvidenceFiles = (id: string, enabled = true) => {
  const org = useOrgPath();
  return useQuery({
    enabled,
    queryKey: partnerKeys.evidence(org, id),
    queryFn: () => api<Page<EvidenceFile>>(`${org}/evidence-files${qs({ partner: id, limit: 100 })}`),
  });
};

/** The partner's program tier, lifecycle, sponsor and manager over time (from its imports). */
export const useAttributeHistory = (id: string, enabled = true) => {
  const org = useOrgPath();
  return useQuery({
    enabled,
    queryKey: ['partner-history', org, id],
    queryFn: () => api<PartnerAttributeHistory>(`${org}/partners/${enc(id)}/history`),
    retry: notOn404,
  });
};
