/**
 * The partners that match, one server page: name (to the partner's page) and type, tier, health with
 * its first reason, region, pipeline, revenue and engagement. Sorting is the server's.
 */
import { Anchor, Stack, Table, Text } from '@mantine/core';
import { usdShort } from '@trellis/contracts';
import { Link } from 'react-router';
import { HealthBadge } from '../../components/badges.tsx';
import { SortHeader } from '../../components/sort-header.tsx';
import { TierPair } from '../../components/tier-pair.tsx';
import type { PerformanceRow } from './partner-types.ts';

/** The server's default order is revenue, largest first. */
const DEFAULT_SORT = '-revenue';

export const PartnersTable = ({
  rows,
  regions,
  sort,
  onSort,
}: {
  rows: PerformanceRow[];
  /** Partner external id → region (from the partner records, until the rows carry it). */
  regions: Map<string, string | null>;
  sort: string;
  onSort: (sort: string) => void;
}) => {
  const current = sort || DEFAULT_SORT;
  const header = (label: string, key: string, numeric = false) => (
    <SortHeader label={label} sortKey={key} sort={current} onSort={onSort} numeric={numeric} />
  );
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table className="trellis-table" striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            {header('Partner', 'name')}
            <Table.Th>Tiers</Table.Th>
            {header('Health', 'health')}
            <Table.Th>Region</Table.Th>
            {header('Pipeline', 'pipeline', true)}
            {header('Revenue', 'revenue', true)}
            {header('Engagement', 'engagement')}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => {
            return (
              <Table.Tr key={r.externalId}>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`/partners/${encodeURIComponent(r.externalId)}`}
                    fw={600}
                    style={{ whiteSpace: 'nowrap' }}
                  >
                    {r.name}
                  </Anchor>
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {r.externalId} · {r.type}
                  </Text>
                </Table.Td>
                <Table.Td miw={170}>
                  <TierPair
                    programTier={r.programTier}
                    readinessTier={r.readiness?.tier ?? null}
                    scored={!!r.readiness}
                  />
                </Table.Td>
                <Table.Td miw={120}>
                  <Stack gap={2} align="flex-start">
                    <HealthBadge health={r.health} />
                    {r.health !== 'engaged' && r.healthReasons[0] && (
                      <Text size="xs" c="dimmed" maw={150} lineClamp={2} title={r.healthReasons.join('; ')}>
                        {r.healthReasons[0]}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>{r.region ?? regions.get(r.externalId) ?? '—'}</Table.Td>
                <Table.Td className="num">{usdShort(r.pipeline)}</Table.Td>
                <Table.Td className="num">{usdShort(r.revenue)}</Table.Td>
                <Table.Td>{r.engagement}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
