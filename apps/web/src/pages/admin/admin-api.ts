/** The accounts endpoints this page reads (docs/api.md, "Signing in", "Roles", "Audit log"), typed by the contracts. */

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  apiTokenCreated,
  apiTokenSchema,
  auditEntrySchema,
  memberSchema,
  OrgSettings,
} from '@trellis/contracts';
import type { z } from 'zod';
import { api, type Page, qs } from '../../api/client.ts';
import { useOrgPath } from '../../api/org-path.ts';

export type Member = z.infer<typeof memberSchema>;
export type ApiToken = z.infer<typeof apiTokenSchema>;
export type ApiTokenCreated = z.infer<typeof apiTokenCreated>;
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const MEMBERS_KEY = ['admin', 'members'] as const;
export const TOKENS_KEY = ['admin', 'api-tokens'] as const;
export const AUDIT_KEY = ['admin', 'audit'] as const;
export const SETTINGS_KEY = ['admin', 'settings'] as const;

export const useMembers = (enabled = true) => {
  const org = useOrgPath();
  return useQuery({
    queryKey: [...MEMBERS_KEY, org],
    enabled,
    queryFn: () => api<{ items: Member[]; total: number }>(`${org}/members`),
  });
};

export const useTokens = (enabled = true) => {
  const org = useOrgPath();
  return useQuery({
    queryKey: [...TOKENS_KEY, org],
    enabled,
    queryFn: () => api<{ items: ApiToken[]; total: number }>(`${org}/api-tokens`),
  });
};

/** The org's settings (GET …/settings, owners and admins). */
export const useOrgSettings = () => {
  const org = useOrgPath();
  return useQuery({ queryKey: [...SETTINGS_KEY, org], queryFn: () => api<OrgSettings>(`${org}/settings`) });
};

export interface AuditFilters {
  entity?: string;
  action?: string;
  since?: string;
  until?: string;
}

export const useAudit = (filters: AuditFilters, page: number, size: number, enabled = true) => {
  const org = useOrgPath();
  return useQuery({
    queryKey: [...AUDIT_KEY, org, filters, page, size],
    enabled,
    placeholderData: keepPreviousData,
    queryFn: () =>
      api<Page<AuditEntry>>(`${org}/audit${qs({ ...filters, limit: size, offset: (page - 1) * size })}`),
  });
};

/** The org's partners for the partner select of a partner user or token (names, not only ids). */
export const usePartnerOptions = (enabled: boolean) => {
  const org = useOrgPath();
  return useQuery({
    queryKey: ['admin', 'partner-options', org],
    enabled,
    staleTime: 5 * 60_000,
    queryFn: () =>
      api<Page<{ external_id: string; name: string }>>(`${org}/partners${qs({ limit: 500, sort: 'name' })}`),
  });
};
