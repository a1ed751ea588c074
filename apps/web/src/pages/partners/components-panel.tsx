/**
 * Readiness components — skills, capacity, outcomes — and the points of the composite each costs
 * (charts, and the same numbers in a table), with the evidence behind them one click away:
 * qualified people per role, competencies missing, and the outcome signals.
 */
import { Accordion, Grid, Paper, Stack, Table, Text, Title } from '@mantine/core';
import {
  compositeContributionsOption,
  formatPercent,
  formatScore,
  num1,
  readinessComponentsOption,
} from '@trellis/contracts';
import { useMemo } from 'react';
import { SmallSample } from '../../components/badges.tsx';
import { Chart } from '../../components/chart.tsx';
import { useTierWords } from '../../components/tier-words.ts';
import type { PartnerReadiness } from './partner-types.ts';

const COMPONENTS = [
  { key: 'skills', name: 'Skills', what: 'share of the tier’s competencies demonstrated at its level' },
  { key: 'capacity', name: 'Capacity', what: 'qualified people against headcount and open demand, per role' },
  { key: 'outcomes', name: 'Outcomes', what: 'delivery and sales results over the last 365 days' },
] as const;

const SIGNALS: Record<string, string> = {
  csat: 'Customer satisfaction (0–10)',
  defect_rate: 'Defects per project',
  time_to_live: 'Go-live slip (days)',
  renewal_rate: 'Renewal rate',
  expansion_rate: 'Expansion rate',
  win_rate: 'Win rate',
};
const SHARES = new Set(['renewal_rate', 'expansion_rate', 'win_rate']);

export const ComponentsPanel = ({ readiness: r }: { readiness: PartnerReadiness }) => {
  const { name: tierName } = useTierWords();
  const componentsOption = useMemo(() => readinessComponentsOption(r), [r]);
  const contributionsOption = useMemo(() => compositeContributionsOption(r), [r]);
  const against = tierName(r.tier ?? r.nextTier?.tier ?? null);
  const e = r.evidence;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="components-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="components-heading">
          Readiness: skills × capacity × outcomes
        </Title>
        <Text size="sm" c="dimmed">
          Measured against {against}. The composite is their weighted geometric mean (0–100): any component at
          zero makes it zero.
        </Text>
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Chart
              option={componentsOption}
              height={190}
              label={`Readiness components of ${r.name}: ${COMPONENTS.map((c) => `${c.name} ${formatPercent(r[c.key])}`).join(', ')}`}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Chart
              option={contributionsOption}
              height={190}
              label={`Composite ${formatScore(r.composite)} of 100; points each component costs: ${COMPONENTS.map((c) => `${c.name} ${formatScore(r.contributions[c.key])}`).join(', ')}`}
            />
          </Grid.Col>
        </Grid>
        <Table className="trellis-table" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Component</Table.Th>
              <Table.Th className="num">Value</Table.Th>
              <Table.Th className="num">Points it costs the composite</Table.Th>
              <Table.Th>What it measures</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {COMPONENTS.map((c) => (
              <Table.Tr key={c.key}>
                <Table.Td fw={600}>{c.name}</Table.Td>
                <Table.Td className="num">
                  {formatPercent(r[c.key])}
                  {c.key === 'outcomes' && r.outcomesConfidence < 1 && (
                    <Text size="xs" c="dimmed">
                      {formatPercent(r.outcomesConfidence)} on data
                    </Text>
                  )}
                </Table.Td>
                <Table.Td className="num">{formatScore(r.contributions[c.key])}</Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {c.what}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Td fw={700}>Composite</Table.Td>
              <Table.Td className="num" fw={700}>
                {formatScore(r.composite)}
              </Table.Td>
              <Table.Td className="num">{formatScore(100 - r.composite)} in all</Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  out of 100
                </Text>
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        <Accordion variant="separated" multiple chevronPosition="left">
          <Accordion.Item value="capacity">
            <Accordion.Control>Qualified people per role ({against})</Accordion.Control>
            <Accordion.Panel>
              <Table className="trellis-table" verticalSpacing={4}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Role</Table.Th>
                    <Table.Th className="num">Qualified</Table.Th>
                    <Table.Th className="num">Needed</Table.Th>
                    <Table.Th className="num">Open demand</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {e.capacity.map((c) => (
                    <Table.Tr key={c.role}>
                      <Table.Td>{c.role}</Table.Td>
                      <Table.Td className="num">{c.qualified}</Table.Td>
                      <Table.Td className="num">{c.needed}</Table.Td>
                      <Table.Td className="num">{c.demand}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Text size="sm" mt="xs">
                {e.missingCompetencies.length === 0
                  ? `Every competency ${against} requires is demonstrated at its level.`
                  : `Competencies not yet demonstrated at the level: ${e.missingCompetencies
                      .map(
                        (m) => `${m.competency} (level ${m.level}; best today ${m.demonstrated || 'none'})`,
                      )
                      .join(', ')}.`}{' '}
                Verified customer references in the gate’s window: {e.referencesInWindow}.
              </Text>
            </Accordion.Panel>
          </Accordion.Item>
          <Accordion.Item value="outcomes">
            <Accordion.Control>Outcome signals</Accordion.Control>
            <Accordion.Panel>
              <Table.ScrollContainer minWidth={560}>
                <Table className="trellis-table" verticalSpacing={4}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Signal</Table.Th>
                      <Table.Th className="num">Measured</Table.Th>
                      <Table.Th className="num">Records</Table.Th>
                      <Table.Th className="num">Normalised</Table.Th>
                      <Table.Th className="num">Confidence</Table.Th>
                      <Table.Th className="num">Value used</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {e.outcomes.map((o) => (
                      <Table.Tr key={o.signal}>
                        <Table.Td>{SIGNALS[o.signal] ?? o.signal}</Table.Td>
                        <Table.Td className="num">
                          {o.raw === null
                            ? 'not measured'
                            : SHARES.has(o.signal)
                              ? formatPercent(o.raw)
                              : num1(o.raw)}
                        </Table.Td>
                        <Table.Td className="num">
                          {o.confidence < 1 ? <SmallSample n={o.n} /> : o.n}
                        </Table.Td>
                        <Table.Td className="num">
                          {o.normalised === null ? '—' : formatPercent(o.normalised)}
                        </Table.Td>
                        <Table.Td className="num">{formatPercent(o.confidence)}</Table.Td>
                        <Table.Td className="num">{formatPercent(o.value)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Text size="xs" c="dimmed" mt="xs">
                A signal resting on fewer records than its minimum sample is shrunk toward a neutral prior;
                the confidence says how much of its value comes from data.
              </Text>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      </Stack>
    </Paper>
  );
};
