/**
 * The audit log, newest first, a page at a time, filtered by the server: when, who, what, on which
 * record; each row opens to the record before and after. Filters and page live in the URL.
 */
import { ActionIcon, Code, Group, Pagination, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useSearchParams } from 'react-router';
import { count, formatDateTime } from '../../components/dates.ts';
import { Empty, QueryView } from '../../components/states.tsx';
import { type AuditEntry, type AuditFilters, useAudit } from './admin-api.ts';
import { AuditDiff } from './audit-diff.tsx';
import { AuditFilterBar } from './audit-filters.tsx';
import { useRecordLabel } from './record-label.ts';

const PAGE_SIZE = 25;
const FILTER_KEYS = ['entity', 'action', 'since', 'until'] as const;

const Row = ({ e, label }: { e: AuditEntry; label: string | null }) => {
  const [open, setOpen] = useState(false);
  const id = `audit-${e.id}`;
  const what = `${e.action} ${e.entity}${label ? ` ${label}` : ''}`;
  return (
    <Fragment>
      <Table.Tr>
        <Table.Td>
          <ActionIcon
            variant="subtle"
            color="gray"
            onClick={() => setOpen((o) => !o)}
            aria-expanded={open}
            aria-controls={id}
            aria-label={`${open ? 'Hide' : 'Show'} the change: ${what}`}
          >
            <span aria-hidden style={{ display: 'inline-block', transform: open ? 'rotate(90deg)' : 'none' }}>
              ▸
            </span>
          </ActionIcon>
        </Table.Td>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</Table.Td>
        <Table.Td>
          <Text size="sm">{e.actor}</Text>
          {e.actorTokenId && (
            <Text size="xs" c="dimmed">
              API token
            </Text>
          )}
        </Table.Td>
        <Table.Td>
          <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
            {e.action}
          </Text>
        </Table.Td>
        <Table.Td>
          <Text size="sm">
            {e.entity}
            {label && (
              <>
                {' '}
                <Code title={e.entityId ?? undefined} style={{ wordBreak: 'break-all' }}>
                  {label}
                </Code>
              </>
            )}
          </Text>
        </Table.Td>
      </Table.Tr>
      {open && (
        <Table.Tr id={id}>
          <Table.Td colSpan={5} px="md" py="sm" bg="gray.0">
            <AuditDiff before={e.before} after={e.after} />
            {e.requestId && (
              <Text size="xs" c="dimmed" mt={4}>
                request {e.requestId}
              </Text>
            )}
          </Table.Td>
        </Table.Tr>
      )}
    </Fragment>
  );
};

export const AuditPanel = () => {
  const [params, setParams] = useSearchParams();
  const filters: AuditFilters = Object.fromEntries(
    FILTER_KEYS.map((k) => [k, params.get(k) ?? undefined]).filter(([, v]) => v),
  );
  const page = Math.max(1, Number(params.get('page')) || 1);
  const audit = useAudit(filters, page, PAGE_SIZE);
  const labelOf = useRecordLabel();
  const update = (f: AuditFilters, p = 1) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const k of FILTER_KEYS) f[k] ? next.set(k, f[k]) : next.delete(k);
      p > 1 ? next.set('page', String(p)) : next.delete('page');
      return next;
    });
  return (
    <Stack gap="sm">
      <AuditFilterBar filters={filters} onChange={(f) => update(f)} />
      <QueryView query={audit} loading="Loading the audit log…">
        {(data) =>
          data.items.length === 0 ? (
            <Empty
              title={Object.keys(filters).length ? 'Nothing matches these filters' : 'Nothing recorded yet'}
            >
              {Object.keys(filters).length
                ? 'Change or clear the filters: entity and action match exactly.'
                : 'Every write — imports, record changes, overrides, members, tokens — is recorded here.'}
            </Empty>
          ) : (
            <>
              <Table.ScrollContainer minWidth={720}>
                <Table className="trellis-table" verticalSpacing="xs">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w={44}>
                        <VisuallyHidden>Change</VisuallyHidden>
                      </Table.Th>
                      <Table.Th>When</Table.Th>
                      <Table.Th>Who</Table.Th>
                      <Table.Th>Action</Table.Th>
                      <Table.Th>Record</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((e) => (
                      <Row key={e.id} e={e} label={labelOf(e.entity, e.entityId)} />
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Group justify="space-between">
                <Text size="sm" c="dimmed">
                  {count(data.total)} {data.total === 1 ? 'entry' : 'entries'}, newest first
                </Text>
                {data.total > PAGE_SIZE && (
                  <Pagination
                    total={Math.ceil(data.total / PAGE_SIZE)}
                    value={page}
                    onChange={(p) => update(filters, p)}
                    size="sm"
                    getControlProps={(c) => ({
                      'aria-label': `${c[0]!.toUpperCase()}${c.slice(1)} page of the audit log`,
                    })}
                  />
                )}
              </Group>
            </>
          )
        }
      </QueryView>
    </Stack>
  );
};
