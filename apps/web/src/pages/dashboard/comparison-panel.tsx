/**
 * What changed since the compared assessment: the change per dimension as diverging bars and as a
 * table (both scores and the change). An unassessed dimension is "Not assessed", never 0.
 */
import { Grid, Table, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import {
  dimensionDeltaOption,
  formatDate,
  formatDelta,
  formatScore,
  type ProgramReport,
} from '@trellis/contracts';
import { useMemo } from 'react';
import { Chart } from '../../components/chart.tsx';
import { Empty, QueryView } from '../../components/states.tsx';
import type { Assessment } from './dashboard-data.ts';
import { Section } from './section.tsx';

const Score = ({ score }: { score: number | null | undefined }) =>
  score === null || score === undefined ? (
    <Text span size="sm" c="dimmed">
      Not assessed
    </Text>
  ) : (
    formatScore(score)
  );

const Delta = ({ now, before }: { now: number | null; before: number | null | undefined }) =>
  now === null || before === null || before === undefined ? (
    <Text span size="sm" c="dimmed">
      —
    </Text>
  ) : (
    <Text span size="sm" fw={600}>
      {formatDelta(now - before)}
    </Text>
  );

export const ComparisonPanel = ({
  report,
  selected,
  compared,
  prior,
  only,
}: {
  report: ProgramReport;
  selected: Assessment;
  compared: Assessment | undefined;
  prior: UseQueryResult<ProgramReport>;
  only: boolean;
}) => (
  <Section
    id="comparison"
    title={
      compared
        ? `What changed since #${compared.number} (${formatDate(compared.asOf)})?`
        : 'What changed since the last assessment?'
    }
  >
    {!compared ? (
      only ? (
        <Empty title="Only one assessment so far">
          The change per dimension shows once the program is assessed again, after the next period's data is
          imported.
        </Empty>
      ) : (
        <Empty title="No comparison chosen">Choose an earlier assessment in “Compare with” above.</Empty>
      )
    ) : (
      <QueryView query={prior} loading={`Loading assessment #${compared.number}…`}>
        {(before) => <Comparison report={report} before={before} selected={selected} compared={compared} />}
      </QueryView>
    )}
  </Section>
);

const Comparison = ({
  report,
  before,
  selected,
  compared,
}: {
  report: ProgramReport;
  before: ProgramReport;
  selected: Assessment;
  compared: Assessment;
}) => {
  const option = useMemo(() => dimensionDeltaOption(report, before), [report, before]);
  const prev = new Map(before.scorecard.map((d) => [d.id, d.score]));
  return (
    <Grid gap="lg" align="center">
      <Grid.Col span={{ base: 12, lg: 6 }}>
        <Chart
          option={option}
          height={60 + report.scorecard.length * 40}
          label={`Change of each dimension's score from assessment #${compared.number} to #${selected.number}; the same figures are in the table`}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 6 }}>
        <Table className="trellis-table" fz="sm" verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Dimension</Table.Th>
              <Table.Th className="num">#{compared.number}</Table.Th>
              <Table.Th className="num">#{selected.number}</Table.Th>
              <Table.Th className="num">Change</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr fw={600}>
              <Table.Td>Overall</Table.Td>
              <Table.Td className="num">
                <Score score={before.summary.overall.score} />
              </Table.Td>
              <Table.Td className="num">
                <Score score={report.summary.overall.score} />
              </Table.Td>
              <Table.Td className="num">
                <Delta now={report.summary.overall.score} before={before.summary.overall.score} />
              </Table.Td>
            </Table.Tr>
            {report.scorecard.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>{d.dimension}</Table.Td>
                <Table.Td className="num">
                  <Score score={prev.get(d.id)} />
                </Table.Td>
                <Table.Td className="num">
                  <Score score={d.score} />
                </Table.Td>
                <Table.Td className="num">
                  <Delta now={d.score} before={prev.get(d.id)} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Grid.Col>
    </Grid>
  );
};
