/**
 * API tokens: which exist, for which role, when last used; create one (its secret shown once) or
 * revoke one (it stops working at once). The list never holds secrets, only their first characters.
 */
import { Badge, Button, Code, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useOrgPath } from '../../api/org-path.ts';
import { ConfirmModal } from '../../components/confirm-modal.tsx';
import { formatDate, formatDateTime } from '../../components/dates.ts';
import { Empty, QueryView } from '../../components/states.tsx';
import { type ApiToken, type ApiTokenCreated, AUDIT_KEY, TOKENS_KEY, useTokens } from './admin-api.ts';
import { roleLabel } from './roles.ts';
import { TokenForm } from './token-form.tsx';
import { TokenSecretModal } from './token-secret-modal.tsx';

export const TokensPanel = () => {
  const org = useOrgPath();
  const qc = useQueryClient();
  const tokens = useTokens();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<ApiTokenCreated | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const revoke = useMutation({
    mutationFn: (t: ApiToken) => api(`${org}/api-tokens/${encodeURIComponent(t.id)}`, { method: 'DELETE' }),
    onSuccess: async (_, t) => {
      await qc.invalidateQueries({ queryKey: TOKENS_KEY });
      void qc.invalidateQueries({ queryKey: AUDIT_KEY });
      notifications.show({ message: `Token “${t.name}” revoked`, color: 'trellis' });
      setRevoking(null);
    },
  });
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          A token acts for scripts and integrations with one role in this org. Its secret is shown once.
        </Text>
        <Button onClick={() => setCreating(true)}>Create token</Button>
      </Group>
      <QueryView query={tokens} loading="Loading tokens…">
        {(data) =>
          data.items.length === 0 ? (
            <Empty title="No API tokens">
              Create one for a script or an integration (a nightly CRM import, a BI tool reading the API).
            </Empty>
          ) : (
            <Table.ScrollContainer minWidth={760}>
              <Table className="trellis-table" verticalSpacing="xs" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>Role</Table.Th>
                    <Table.Th>Starts with</Table.Th>
                    <Table.Th>Created</Table.Th>
                    <Table.Th>Last used</Table.Th>
                    <Table.Th>Status</Table.Th>
                    <Table.Th>Actions</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((t) => (
                    <Table.Tr key={t.id} c={t.revokedAt ? 'dimmed' : undefined}>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {t.name}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {roleLabel(t.role)}
                        {t.partner ? ` (${t.partner})` : ''}
                      </Table.Td>
                      <Table.Td>
                        <Code>{t.prefix}…</Code>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {formatDate(t.createdAt)}
                        {t.createdBy && (
                          <Text size="xs" c="dimmed">
                            by {t.createdBy}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {t.lastUsedAt ? formatDateTime(t.lastUsedAt) : 'never'}
                      </Table.Td>
                      <Table.Td>
                        {t.revokedAt ? (
                          <Badge
                            color="gray"
                            variant="outline"
                            tt="none"
                            radius="sm"
                            style={{ minWidth: 'max-content' }}
                          >
                            revoked {formatDate(t.revokedAt)}
                          </Badge>
                        ) : (
                          <Badge
                            color="trellis"
                            variant="light"
                            tt="none"
                            radius="sm"
                            style={{ minWidth: 'max-content' }}
                          >
                            active
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {!t.revokedAt && (
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            color="red"
                            onClick={() => {
                              revoke.reset();
                              setRevoking(t);
                            }}
                            aria-label={`Revoke token ${t.name}`}
                          >
                            Revoke
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryView>
      <TokenForm
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(t) => {
          setCreating(false);
          setCreated(t);
        }}
      />
      <TokenSecretModal token={created} onClose={() => setCreated(null)} />
      <ConfirmModal
        opened={!!revoking}
        title={`Revoke “${revoking?.name ?? ''}”?`}
        confirm="Revoke token"
        onConfirm={() => revoking && revoke.mutate(revoking)}
        onClose={() => setRevoking(null)}
        pending={revoke.isPending}
        error={revoke.error}
      >
        It stops working at once: whatever uses it gets 401 from its next request. This cannot be undone.
      </ConfirmModal>
    </Stack>
  );
};
