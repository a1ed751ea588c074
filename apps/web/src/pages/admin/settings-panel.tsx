/**
 * The org's settings. One for now: whether partner users see their own partner's health. Off by
 * default, because health is the vendor's judgement of the relationship; on, a partner user sees
 * the state and the reasons behind it — never satisfaction figures, champion tags or notes, and
 * not the reasons that rest on them. Each change is in the audit log.
 */
import { Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OrgSettings } from '@trellis/contracts';
import { api } from '../../api/client.ts';
import { useOrgPath } from '../../api/org-path.ts';
import { ErrorState, QueryView } from '../../components/states.tsx';
import { AUDIT_KEY, SETTINGS_KEY, useOrgSettings } from './admin-api.ts';

export const SettingsPanel = () => {
  const org = useOrgPath();
  const qc = useQueryClient();
  const settings = useOrgSettings();
  const save = useMutation({
    mutationFn: (patch: Partial<OrgSettings>) =>
      api<OrgSettings>(`${org}/settings`, { method: 'PATCH', body: patch }),
    onSuccess: (next) => {
      qc.setQueryData([...SETTINGS_KEY, org], next);
      void qc.invalidateQueries({ queryKey: AUDIT_KEY });
      notifications.show({
        message: next.shareHealthWithPartners
          ? 'Partner users now see their own health'
          : 'Health is internal again: partner users no longer see it',
        color: 'trellis',
      });
    },
  });
  return (
    <QueryView query={settings} loading="Loading the settings…">
      {(data) => (
        <Paper withBorder p="md" component="section" aria-labelledby="partner-portal-heading" maw={760}>
          <Stack gap="sm">
            <Title order={2} size="h3" id="partner-portal-heading">
              What partner users see
            </Title>
            <Text size="sm" c="dimmed">
              A partner user sees their own partner: tier, readiness, what the next tier needs, the
              remediation plan, people, evaluations, evidence and the partner edition of the review. The
              vendor’s internal view — health, satisfaction figures, the champion tag, notes — stays with your
              team.
            </Text>
            <Switch
              label="Share health with partner users"
              description="Each partner user then also sees their own partner’s health (engaged, passive, at-risk, dormant) and the reasons behind it — never satisfaction figures or champion tags, and not the reasons that rest on them."
              checked={data.shareHealthWithPartners}
              disabled={save.isPending}
              onChange={(e) => save.mutate({ shareHealthWithPartners: e.currentTarget.checked })}
            />
            {save.isError && <ErrorState error={save.error} title="The setting was not saved" />}
          </Stack>
        </Paper>
      )}
    </QueryView>
  );
};
