/**
 * The partners that match, one server page: name (to the partner's page) and type, tier, health with
 * its first reason, region, pipeline, revenue and engagement. Sorting is the server's.
 */
import { Anchor, Stack, Table, Text } from '@mantine/core';
import { usdShort } from '@trellis/contracts';
import { Link } from 'react-router';
import { HealthBadge, TierBadge } from '../../components/badges.tsx';
import type { PerformanceRow } from './partner-types.ts';
import { SortHeader } from './sort-header.tsx';
import { tierName } from './tiers.ts';

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
            <Table.Th>Tier</Table.Th>
            {header('Health', 'health')}
            <Table.Th>Region</Table.Th>
            {header('Pipeline', 'pipeline', true)}
            {header('Revenue', 'revenue', true)}
            {header('Engagement', 'engagement')}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => {
            const inEffect = r.readiness?.tier ?? null;
            // The list's tier is the record's; say so when readiness scoring puts the partner elsewhere.
            const differs = r.readiness && (inEffect ?? '').toLowerCase() !== (r.tier ?? '').toLowerCase();
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
                <Table.Td miw={104}>
                  <Stack gap={2} align="flex-start">
                    <TierBadge tier={r.tier} />
                    {differs && (
                      <Text size="xs" c="dimmed" maw={100}>
                        readiness: {inEffect ? tierName(inEffect) : 'none'}
                      </Text>
                    )}
                  </Stack>
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
