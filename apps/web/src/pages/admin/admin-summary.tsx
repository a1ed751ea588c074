/** The page's answer above the tabs: how many members and live tokens, and the last recorded change. */
import { Group, Paper, Stack, Text } from '@mantine/core';
import { useCan } from '../../api/org-path.ts';
import { counted, formatDateTime } from '../../components/dates.ts';
import { useAudit, useMembers, useTokens } from './admin-api.ts';
import { useRecordLabel } from './record-label.ts';

const Figure = ({ value, label }: { value: string; label: string }) => (
  <Stack gap={0}>
    <Text fz={28} fw={650} lh={1.1}>
      {value}
    </Text>
    <Text size="sm" c="dimmed">
      {label}
    </Text>
  </Stack>
);

export const AdminSummary = () => {
  const can = useCan();
  const members = useMembers(can('members:read'));
  const tokens = useTokens(can('api-tokens:manage'));
  const audit = useAudit({}, 1, 1, can('audit:read'));
  const last = audit.data?.items[0];
  const labelOf = useRecordLabel();
  const partnerUsers = members.data?.items.filter((m) => m.role === 'partner').length ?? 0;
  const live = tokens.data?.items.filter((t) => !t.revokedAt).length;
  return (
    <Paper withBorder p="md" bg="trellis.0">
      <Group gap="xl" wrap="wrap" align="flex-start">
        {members.data && (
          <Figure
            value={String(members.data.total)}
            label={`${members.data.total === 1 ? 'member' : 'members'}${partnerUsers ? `, ${counted(partnerUsers, 'partner user')}` : ''}`}
          />
        )}
        {live !== undefined && (
          <Figure value={String(live)} label={live === 1 ? 'active API token' : 'active API tokens'} />
        )}
        {last && (
          <Stack gap={2} style={{ flex: 1, minWidth: 240 }}>
            <Text size="sm" c="dimmed">
              Last recorded change
            </Text>
            <Text fw={600} style={{ wordBreak: 'break-word' }}>
              {last.action} {last.entity} {labelOf(last.entity, last.entityId) ?? ''}
            </Text>
            <Text size="sm" c="dimmed">
              {formatDateTime(last.at)} by {last.actor}
            </Text>
          </Stack>
        )}
      </Group>
    </Paper>
  );
};
