/**
 * Every unit behind a criterion's value — each partner (or target region and segment) with its own
 * figure, failing ones first, then those the value leaves out — a page at a time, with a search and
 * a status filter. "6 of 20" opens to all 20 (docs/metrics.md, "Drill-down").
 */
import {
  Anchor,
  Badge,
  Group,
  Pagination,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { plural } from '@trellis/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { HealthBadge, TierBadge } from '../../components/badges.tsx';
import { Empty, QueryView } from '../../components/states.tsx';
import {
  CRITERION_PAGE_SIZE,
  type Criterion,
  type CriterionUnit,
  type UnitCounts,
  type UnitStatus,
  useCriterionUnits,
} from './use-assessment.ts';

/** "25 partners: 12 failing, 13 passing"; "6 target regions and segments: 2 without an active partner". */
const headline = (c: UnitCounts, markets: boolean) => {
  const what = markets
    ? plural(c.units, 'target region or segment', 'target regions and segments')
    : plural(c.units, 'partner');
  const parts = [
    c.failing ? `${c.failing} failing` : null,
    c.passing ? `${c.passing} passing` : null,
    c.counted - c.failing - c.passing ? `${c.counted - c.failing - c.passing} counted` : null,
    c.notCounted ? `${c.notCounted} not counted` : null,
  ].filter(Boolean);
  return `${what} behind this value${parts.length ? `: ${parts.join(', ')}` : ''}`;
};

const STATUS_LABEL: Record<'all' | UnitStatus, string> = {
  all: 'All',
  failing: 'Failing',
  passing: 'Passing',
  unrated: 'Counted',
  'not-counted': 'Not counted',
};

/** The statuses worth a filter for this signal: those it has. */
const filtersOf = (c: UnitCounts): ('all' | UnitStatus)[] => [
  'all',
  ...(c.failing ? (['failing'] as const) : []),
  ...(c.passing ? (['passing'] as const) : []),
  ...(c.counted - c.failing - c.passing ? (['unrated'] as const) : []),
  ...(c.notCounted ? (['not-counted'] as const) : []),
];

export const UnitsBehind = ({ assessment, c }: { assessment: string; c: Criterion }) => {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [status, setStatus] = useState<UnitStatus | null>(null);
  const [page, setPage] = useState(1);
  const list = useCriterionUnits(assessment, c.id, q, status, page);
  return (
    <QueryView query={list} loading="Loading the records behind this value…">
      {(r) => {
        if (r.counts.units === 0)
          return (
            <Text size="sm" c="dimmed" mt="xs">
              Nothing is listed behind this value; its basis above names what it counts.
            </Text>
          );
        const markets = r.items.some((u) => u.kind !== 'partner');
        const pages = Math.max(1, Math.ceil(r.total / CRITERION_PAGE_SIZE));
        const searching = q !== '' || search !== '';
        const filters = filtersOf(r.counts);
        return (
          <Stack gap={6} mt="xs">
            <Title order={3} size="h5">
              {headline(r.counts, markets)}
            </Title>
            <Group justify="space-between" align="flex-end" gap="xs">
              {filters.length > 2 ? (
                <SegmentedControl
                  size="xs"
                  aria-label="Show"
                  value={status ?? 'all'}
                  onChange={(v) => {
                    setStatus(v === 'all' ? null : (v as UnitStatus));
                    setPage(1);
                  }}
                  data={filters.map((f) => ({ value: f, label: STATUS_LABEL[f] }))}
                />
              ) : (
                <span />
              )}
              {(r.counts.units > CRITERION_PAGE_SIZE || searching) && !markets && (
                <TextInput
                  size="xs"
                  w={200}
                  placeholder="Name or ID"
                  aria-label="Search the partners behind this value"
                  value={search}
                  onChange={(e) => {
                    setSearch(e.currentTarget.value);
                    setPage(1);
                  }}
                />
              )}
            </Group>
            {r.items.length === 0 ? (
              <Empty title={searching ? 'No partner matches' : 'None of this kind'}>
                {searching ? 'Try another part of the name or ID.' : 'Choose “All” to see every unit.'}
              </Empty>
            ) : (
              <UnitRows rows={r.items} markets={markets} />
            )}
            {pages > 1 && (
              <Group justify="space-between">
                <Text size="xs" c="dimmed" aria-live="polite">
                  {`${(page - 1) * CRITERION_PAGE_SIZE + 1}–${(page - 1) * CRITERION_PAGE_SIZE + r.items.length} of ${r.total}`}
                </Text>
                <Pagination
                  size="xs"
                  total={pages}
                  value={page}
                  onChange={setPage}
                  aria-label="Pages of the records behind this value"
                  getItemProps={(p) => ({ 'aria-label': `Page ${p}` })}
                  getControlProps={(ctl) => ({
                    'aria-label': `${ctl[0]!.toUpperCase()}${ctl.slice(1)} page`,
                  })}
                />
              </Group>
            )}
          </Stack>
        );
      }}
    </QueryView>
  );
};

/** Fails / meets / not counted, in words beside the colour. */
const UnitState = ({ u }: { u: CriterionUnit }) =>
  !u.counted ? (
    <Badge color="gray" variant="outline" radius="sm" tt="none" size="sm">
      not counted
    </Badge>
  ) : u.passes === false ? (
    <Badge color="orange" c="#8a3300" variant="light" radius="sm" tt="none" size="sm">
      fails
    </Badge>
  ) : u.passes === true ? (
    <Badge color="teal" c="teal.9" variant="light" radius="sm" tt="none" size="sm">
      meets
    </Badge>
  ) : null;

const UnitRows = ({ rows, markets }: { rows: CriterionUnit[]; markets: boolean }) => (
  <Table.ScrollContainer minWidth={560}>
    <Table className="trellis-table" verticalSpacing={6} striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{markets ? 'Target market' : 'Partner'}</Table.Th>
          <Table.Th>Its figure</Table.Th>
          {!markets && <Table.Th>Program tier</Table.Th>}
          {!markets && <Table.Th>Health</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((u) => (
          <Table.Tr key={`${u.kind}:${u.id}`}>
            <Table.Td>
              {u.kind === 'partner' ? (
                <>
                  <Anchor component={Link} to={`/partners/${encodeURIComponent(u.id)}`} size="sm">
                    {u.name}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {[u.id, u.type].filter(Boolean).join(' · ')}
                  </Text>
                </>
              ) : (
                <>
                  <Text size="sm">{u.name}</Text>
                  <Text size="xs" c="dimmed">
                    {u.kind}
                  </Text>
                </>
              )}
            </Table.Td>
            <Table.Td fz="sm">
              <Group gap={6} wrap="nowrap">
                <UnitState u={u} />
                <span>{u.detail}</span>
              </Group>
            </Table.Td>
            {!markets && (
              <Table.Td>
                <TierBadge tier={u.programTier} />
              </Table.Td>
            )}
            {!markets && (
              <Table.Td>
                <HealthBadge health={u.health} />
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  </Table.ScrollContainer>
);
