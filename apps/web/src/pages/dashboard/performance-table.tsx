/** One page of partner rows: each partner's name opens their page; the sort is the server's. */
import { Anchor, Table, Text } from '@mantine/core';
import { num1, plural, usdShort } from '@trellis/contracts';
import { Link } from 'react-router';
import { HealthBadge } from '../../components/badges.tsx';
import { SortHeader } from '../../components/sort-header.tsx';
import { TierPair } from '../../components/tier-pair.tsx';
import type { PerformanceRow } from './dashboard-data.ts';
import { useDashboardParams } from './dashboard-params.ts';
import { partnerHref } from './links.ts';

export const PerformanceTable = ({ rows, loading }: { rows: PerformanceRow[]; loading: boolean }) => {
  const { table, update } = useDashboardParams();
  const header = (label: string, key: string, numeric = false, minWidth?: number) => (
    <SortHeader
      minWidth={minWidth}
      label={label}
      sortKey={key}
      sort={table.sort}
      numeric={numeric}
      onSort={(sort) => update({ sort, page: null })}
    />
  );
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table
        className="trellis-table"
        fz="sm"
        verticalSpacing={6}
        horizontalSpacing="xs"
        striped
        highlightOnHover
        style={{ opacity: loading ? 0.6 : 1 }}
        aria-busy={loading}
        aria-label="Partner performance"
      >
        <Table.Thead>
          <Table.Tr>
            {header('Partner', 'name')}
            <Table.Th miw={170}>Tiers</Table.Th>
            {header('Health', 'health', false, 125)}
            {header('Pipeline', 'pipeline', true)}
            {header('Revenue', 'revenue', true)}
            {header('Deals', 'deals', true)}
            {header('Engagement', 'engagement')}
            {header('Satisfaction (of 10)', 'satisfaction', true)}
            {header('Time to first deal', 'timeToFirstDealDays', true)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.externalId}>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={partnerHref(r.externalId)}
                  size="sm"
                  fw={600}
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {r.name}
                </Anchor>
                <Text size="xs" c="dimmed">
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
              <Table.Td title={r.healthReasons.join('; ')}>
                <HealthBadge health={r.health} />
              </Table.Td>
              <Table.Td className="num">{usdShort(r.pipeline)}</Table.Td>
              <Table.Td className="num">{usdShort(r.revenue)}</Table.Td>
              <Table.Td className="num">{r.deals}</Table.Td>
              <Table.Td>{r.engagement}</Table.Td>
              <Table.Td className="num">{num1(r.satisfaction)}</Table.Td>
              <Table.Td className="num" style={{ whiteSpace: 'nowrap' }}>
                {r.timeToFirstDealDays === null ? 'none yet' : plural(r.timeToFirstDealDays, 'day')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
