/**
 * The remediation plan: one item per gap to the next tier — gap, action, owner, mentor, due date
 * ("in 12 days", "14 days overdue") and status. People allowed to (`remediation:write`) edit an
 * item or close it as done or dropped; everyone else reads it.
 */
import { Badge, Button, Group, Menu, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { formatDate, formatDue, plural } from '@trellis/contracts';
import { useState } from 'react';
import { useCan } from '../../api/org-path.ts';
import { todayIso } from '../../components/dates.ts';
import { Empty, ErrorState, Loading } from '../../components/states.tsx';
import { STATUS_LABELS } from './labels.ts';
import type { RemediationItem } from './partner-types.ts';
import { RemediationEdit } from './remediation-edit.tsx';
import { useRemediationActions } from './use-remediation-actions.ts';

const isOpen = (i: RemediationItem) => i.status === 'open' || i.status === 'in_progress';

/** Open items first, soonest due first; closed ones after, latest closed first. */
const ordered = (items: RemediationItem[]) =>
  [...items].sort((a, b) => {
    if (isOpen(a) !== isOpen(b)) return isOpen(a) ? -1 : 1;
    if (isOpen(a)) return a.dueOn.localeCompare(b.dueOn) || a.id - b.id;
    return (b.closedOn ?? '').localeCompare(a.closedOn ?? '') || a.id - b.id;
  });

export const RemediationPanel = ({
  partner,
  query,
}: {
  partner: string;
  query: UseQueryResult<{ items: RemediationItem[]; total: number }>;
}) => {
  const can = useCan();
  const writable = can('remediation:write');
  const { update, close } = useRemediationActions(partner);
  const [editing, setEditing] = useState<RemediationItem | null>(null);
  const today = todayIso();

  const body = () => {
    if (query.isPending) return <Loading label="Loading the plan…" />;
    if (query.isError) return <ErrorState error={query.error} title="The plan could not be loaded" />;
    const items = ordered(query.data.items);
    if (items.length === 0)
      return (
        <Empty title="No remediation items">
          Items open for every gap to the next tier when readiness is scored; there are none for this partner.
        </Empty>
      );
    const open = items.filter(isOpen);
    const overdue = open.filter((i) => i.dueOn < today).length;
    return (
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {plural(open.length, 'open item')}
          {overdue > 0 && `, ${overdue} overdue`} · {plural(items.length - open.length, 'closed item')}
        </Text>
        <Table.ScrollContainer minWidth={680}>
          <Table className="trellis-table" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th className="num">#</Table.Th>
                <Table.Th>Gap and action</Table.Th>
                <Table.Th>Owner and mentor</Table.Th>
                <Table.Th>Due</Table.Th>
                <Table.Th>{writable ? 'Status and actions' : 'Status'}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((i) => {
                const active = isOpen(i);
                const late = active && i.dueOn < today;
                return (
                  <Table.Tr key={i.id} c={active ? undefined : 'dimmed'}>
                    <Table.Td className="num">{i.id}</Table.Td>
                    <Table.Td maw={340}>
                      <Text size="sm" fw={600}>
                        {i.gap}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {i.action}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{i.owner ?? '—'}</Text>
                      <Text size="xs" c="dimmed">
                        mentor: {i.mentor ?? '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm">{formatDate(i.dueOn)}</Text>
                      <Text size="xs" c={late ? 'red.8' : 'dimmed'} fw={late ? 600 : undefined}>
                        {active ? formatDue(i.dueOn, today) : `closed ${formatDate(i.closedOn)}`}
                      </Text>
                    </Table.Td>
                    <Table.Td miw={140}>
                      <Stack gap={6} align="flex-start">
                        <Badge
                          variant={active ? 'light' : 'outline'}
                          color={active ? 'trellis' : 'gray'}
                          radius="sm"
                          tt="none"
                        >
                          {STATUS_LABELS[i.status]}
                        </Badge>
                        {writable && (
                          <Group gap={4} wrap="nowrap">
                            <Button
                              size="compact-sm"
                              variant="default"
                              aria-label={`Edit item ${i.id}`}
                              onClick={() => {
                                update.reset();
                                setEditing(i);
                              }}
                            >
                              Edit
                            </Button>
                            {active && (
                              <Menu position="bottom-end">
                                <Menu.Target>
                                  <Button
                                    size="compact-sm"
                                    variant="default"
                                    aria-label={`Close item ${i.id}`}
                                    loading={close.isPending && close.variables?.id === i.id}
                                  >
                                    Close…
                                  </Button>
                                </Menu.Target>
                                <Menu.Dropdown>
                                  <Menu.Item onClick={() => close.mutate({ id: i.id, status: 'done' })}>
                                    Close as done
                                  </Menu.Item>
                                  <Menu.Item onClick={() => close.mutate({ id: i.id, status: 'dropped' })}>
                                    Close as dropped
                                  </Menu.Item>
                                </Menu.Dropdown>
                              </Menu>
                            )}
                          </Group>
                        )}
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    );
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="remediation-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="remediation-heading">
          Remediation plan
        </Title>
        {body()}
      </Stack>
      {editing && <RemediationEdit item={editing} update={update} onClose={() => setEditing(null)} />}
    </Paper>
  );
};
