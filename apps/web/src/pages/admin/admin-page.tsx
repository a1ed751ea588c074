/**
 * Administration: "Who can use Trellis, and what did they change?" Members and their roles,
 * API tokens, the audit log and the org's settings, as tabs bound to the URL (/admin/members |
 * tokens | audit | settings); each tab only for the roles that may use it (members:read,
 * api-tokens:manage, audit:read, settings:manage).
 */
import { Alert, Stack, Tabs, Text, Title } from '@mantine/core';
import { Navigate, useNavigate, useParams } from 'react-router';
import { useCan } from '../../api/org-path.ts';
import { AdminSummary } from './admin-summary.tsx';
import { AuditPanel } from './audit-panel.tsx';
import { MembersPanel } from './members-panel.tsx';
import { SettingsPanel } from './settings-panel.tsx';
import { TokensPanel } from './tokens-panel.tsx';

const TABS = [
  { value: 'members', label: 'Members', permission: 'members:read', Panel: MembersPanel },
  { value: 'tokens', label: 'API tokens', permission: 'api-tokens:manage', Panel: TokensPanel },
  { value: 'audit', label: 'Audit log', permission: 'audit:read', Panel: AuditPanel },
  { value: 'settings', label: 'Settings', permission: 'settings:manage', Panel: SettingsPanel },
] as const;

export const AdminPage = () => {
  const can = useCan();
  const navigate = useNavigate();
  const { tab } = useParams();
  const tabs = TABS.filter((t) => can(t.permission));
  if (tabs.length === 0)
    return (
      <Stack>
        <Title order={1}>Who can use Trellis, and what did they change?</Title>
        <Alert color="gray" title="Not for your role">
          Members, API tokens, the audit log and the settings are for owners and admins.
        </Alert>
      </Stack>
    );
  // /admin, or a tab this role may not open: the first tab it may.
  if (!tabs.some((t) => t.value === tab)) return <Navigate to={`/admin/${tabs[0]!.value}`} replace />;
  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Title order={1}>Who can use Trellis, and what did they change?</Title>
        <Text c="dimmed" mt={4}>
          Members and their roles, the API tokens that act for scripts, every write in the audit log, and what
          partner users see.
        </Text>
      </div>
      <AdminSummary />
      <Tabs value={tab} onChange={(v) => v && navigate(`/admin/${v}`)} keepMounted={false}>
        <Tabs.List>
          {tabs.map((t) => (
            <Tabs.Tab key={t.value} value={t.value}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map(({ value, Panel }) => (
          <Tabs.Panel key={value} value={value} pt="md">
            <Panel />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
};
