/** Who is a member of the org, with which role (and partner); owners and admins add, change and remove them. */
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useCan, useOrgPath } from '../../api/org-path.ts';
import { useSession } from '../../api/session.tsx';
import { ConfirmModal } from '../../components/confirm-modal.tsx';
import { formatDate } from '../../components/dates.ts';
import { Empty, QueryView } from '../../components/states.tsx';
import { AUDIT_KEY, MEMBERS_KEY, type Member, useMembers } from './admin-api.ts';
import { MemberEdit } from './member-edit.tsx';
import { MemberForm } from './member-form.tsx';
import { roleLabel } from './roles.ts';

const byName = (a: Member, b: Member) => (a.name || a.email).localeCompare(b.name || b.email);

export const MembersPanel = () => {
  const org = useOrgPath();
  const can = useCan();
  const qc = useQueryClient();
  const { user } = useSession();
  const members = useMembers();
  const manage = can('members:manage');
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Member | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);
  const remove = useMutation({
    mutationFn: (m: Member) => api(`${org}/members/${encodeURIComponent(m.userId)}`, { method: 'DELETE' }),
    onSuccess: async (_, m) => {
      await qc.invalidateQueries({ queryKey: MEMBERS_KEY });
      void qc.invalidateQueries({ queryKey: AUDIT_KEY });
      notifications.show({ message: `${m.name || m.email} removed from the org`, color: 'trellis' });
      setRemoving(null);
    },
  });
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Each member has one role in this org; a partner user sees only their partner.
        </Text>
        {manage && <Button onClick={() => setAdding(true)}>Add member</Button>}
      </Group>
      <QueryView query={members} loading="Loading members…">
        {(data) =>
          data.items.length === 0 ? (
            <Empty title="No members">Add the people who work with Trellis.</Empty>
          ) : (
            <Table.ScrollContainer minWidth={720}>
              <Table className="trellis-table" verticalSpacing="xs" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>Email</Table.Th>
                    <Table.Th>Role</Table.Th>
                    <Table.Th>Partner</Table.Th>
                    <Table.Th>Member since</Table.Th>
                    {manage && <Table.Th>Actions</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {[...data.items].sort(byName).map((m) => {
                    const me = m.userId === user.id;
                    return (
                      <Table.Tr key={m.userId}>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {m.name || '—'}
                            {me && (
                              <Text span size="xs" c="dimmed">
                                {' '}
                                (you)
                              </Text>
                            )}
                          </Text>
                        </Table.Td>
                        <Table.Td>{m.email}</Table.Td>
                        <Table.Td>
                          <Badge
                            variant="light"
                            color="gray"
                            tt="none"
                            radius="sm"
                            style={{ minWidth: 'max-content' }}
                          >
                            {roleLabel(m.role)}
                          </Badge>
                        </Table.Td>
                        <Table.Td>{m.partner ?? '—'}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(m.createdAt)}</Table.Td>
                        {manage && (
                          <Table.Td>
                            {!me && (
                              <Group gap={4} wrap="nowrap">
                                <Button
                                  size="compact-sm"
                                  variant="subtle"
                                  onClick={() => setEditing(m)}
                                  aria-label={`Change the role of ${m.name || m.email}`}
                                >
                                  Change role
                                </Button>
                                <Button
                                  size="compact-sm"
                                  variant="subtle"
                                  color="red"
                                  onClick={() => {
                                    remove.reset();
                                    setRemoving(m);
                                  }}
                                  aria-label={`Remove ${m.name || m.email}`}
                                >
                                  Remove
                                </Button>
                              </Group>
                            )}
                          </Table.Td>
                        )}
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryView>
      {manage && <MemberForm opened={adding} onClose={() => setAdding(false)} />}
      {editing && <MemberEdit member={editing} onClose={() => setEditing(null)} />}
      <ConfirmModal
        opened={!!removing}
        title={`Remove ${removing?.name || removing?.email || 'this member'}?`}
        confirm="Remove member"
        onConfirm={() => removing && remove.mutate(removing)}
        onClose={() => setRemoving(null)}
        pending={remove.isPending}
        error={remove.error}
      >
        They lose access to this org at once. Their account stays, with its other orgs, and what they did
        stays in the audit log.
      </ConfirmModal>
    </Stack>
  );
};
