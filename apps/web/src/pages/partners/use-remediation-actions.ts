/**
 * Updating and closing remediation items (permission `remediation:write`): on success the plan and
 * the partner's readiness (which lists the live plan) are fetched again.
 */
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RemediationUpdate } from '@trellis/contracts';
import { api } from '../../api/client.ts';
import { useOrgPath } from '../../api/org-path.ts';
import type { RemediationItem } from './partner-types.ts';
import { partnerKeys } from './use-partner-data.ts';

export const useRemediationActions = (partner: string) => {
  const org = useOrgPath();
  const qc = useQueryClient();
  const refresh = async () => {
    await Promise.all([
      qc.invalidateQueries({ queryKey: partnerKeys.remediation(org, partner) }),
      qc.invalidateQueries({ queryKey: partnerKeys.readiness(org, partner) }),
    ]);
  };
  const update = useMutation({
    mutationFn: ({ id, changes }: { id: number; changes: RemediationUpdate }) =>
      api<RemediationItem>(`${org}/remediation/${id}`, { method: 'PATCH', body: { ...changes } }),
    onSuccess: async (item) => {
      await refresh();
      notifications.show({ color: 'trellis', message: `Item #${item.id} updated` });
    },
  });
  const close = useMutation({
    mutationFn: ({ id, status }: { id: number; status: 'done' | 'dropped' }) =>
      api<RemediationItem>(`${org}/remediation/${id}/close`, { method: 'POST', body: { status } }),
    onSuccess: async (item) => {
      await refresh();
      notifications.show({ color: 'trellis', message: `Item #${item.id} closed as ${item.status}` });
    },
    onError: (err) =>
      notifications.show({ color: 'red', title: 'The item could not be closed', message: err.message }),
  });
  return { update, close };
};
