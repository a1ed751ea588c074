/** Partners per tier in effect: a bar chart, and the same counts as a table. */
import { Paper, Stack, Table, Title } from '@mantine/core';
import { formatPercent, tierDistributionOption } from '@trellis/contracts';
import { useMemo } from 'react';
import { Chart } from '../../components/chart.tsx';
import { useTierWords } from '../../components/tier-words.ts';
import type { ReadinessSummary } from './use-readiness.ts';

export const TierDistributionPanel = ({ summary: s }: { summary: ReadinessSummary }) => {
  const { name: tierName, order: orderTiers } = useTierWords();
  const dist = s.summary.tierDistribution;
  const tiers = orderTiers(Object.keys(dist));
  // The builder keeps the order it is given ("none" last), so pass the tiers highest first by name.
  const option = useMemo(() => {
    const d = s.summary.tierDistribution;
    const named = Object.fromEntries(orderTiers(Object.keys(d)).map((t) => [tierName(t), d[t] ?? 0]));
    // A tighter frame than the builder's default: the panel is half the page wide.
    return {
      ...tierDistributionOption({ summary: { ...s.summary, tierDistribution: named } }),
      grid: { top: 40, left: 44, right: 16, bottom: 28 },
    };
  }, [s.summary, tierName, orderTiers]);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="tier-distribution">
      <Stack gap="sm">
        <Title order={2} size="h4" id="tier-distribution">
          Readiness tier distribution
        </Title>

        <Chart
          option={option}
          height={220}
          label="Partners per readiness tier in effect (bar chart; the table beside it has the same counts)"
        />

        <Table className="trellis-table" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Readiness tier</Table.Th>
              <Table.Th className="num">Partners</Table.Th>
              <Table.Th className="num">Share</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tiers.map((t) => (
              <Table.Tr key={t}>
                <Table.Td>{tierName(t)}</Table.Td>
                <Table.Td className="num">{dist[t] ?? 0}</Table.Td>
                <Table.Td className="num">
                  {s.summary.partners ? formatPercent((dist[t] ?? 0) / s.summary.partners) : '—'}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
};
