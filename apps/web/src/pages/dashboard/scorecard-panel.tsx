/**
 * Which dimensions hold the program back: the six dimension scores as a radar and as a table with
 * each dimension's band and its findings (each finding opens its criterion on the assessment page).
 * A dimension no criterion of which has a score is "Not assessed", grey, never 0.
 */
import { Anchor, Grid, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import {
  dimensionRadarOption,
  formatScore,
  type ProgramReport,
  unassessedDimensions,
} from '@trellis/contracts';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { BandBadge, SmallSample } from '../../components/badges.tsx';
import { Chart } from '../../components/chart.tsx';
import { Empty } from '../../components/states.tsx';
import { criterionHref } from './links.ts';
import { Section } from './section.tsx';

type Dimension = ProgramReport['scorecard'][number];

const Findings = ({ dimension, number }: { dimension: Dimension; number: number }) => (
  <Stack gap={2}>
    {dimension.findings.map((f) => {
      const criterion = dimension.criteria.find((c) => c.id === f.criterion);
      const sample = criterion?.smallSample ? criterion.signal?.sample : null;
      return (
        <Group key={f.criterion} gap={6} wrap="nowrap" align="flex-start">
          <Anchor component={Link} to={criterionHref(number, f.criterion)} size="xs" c="dark.4">
            {f.text}
          </Anchor>
          {sample != null && <SmallSample n={sample} />}
        </Group>
      );
    })}
  </Stack>
);

export const ScorecardPanel = ({ report, number }: { report: ProgramReport; number: number }) => {
  const option = useMemo(() => dimensionRadarOption(report), [report]);
  const notAssessed = unassessedDimensions(report);
  const assessed = report.scorecard.length - notAssessed.length;
  return (
    <Section
      id="scorecard"
      title="Which dimensions hold the program back?"
      intro="Each dimension is the mean of its criteria (1–5); the findings are its weakest and strongest."
    >
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          {assessed >= 3 ? (
            <Chart
              option={option}
              height={340}
              label="Dimension scores from 0 to 5 as a radar; the same scores are in the table"
            />
          ) : (
            <Empty title="Too few dimensions assessed for a radar">The scores are in the table.</Empty>
          )}
          {notAssessed.length > 0 && (
            <Text size="sm" c="dimmed" ta="center">
              Not assessed, so not on the radar: {notAssessed.join(', ')}.
            </Text>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Table className="trellis-table" fz="sm" verticalSpacing={8}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Dimension and findings</Table.Th>
                <Table.Th className="num" w={80}>
                  Score
                </Table.Th>
                <Table.Th miw={150}>Band</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.scorecard.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>
                    <Text size="sm" fw={600} c={d.score === null ? 'dimmed' : undefined}>
                      {d.dimension}
                    </Text>
                    <Findings dimension={d} number={number} />
                  </Table.Td>
                  <Table.Td className="num" valign="top">
                    {d.score === null ? (
                      <Text span size="sm" c="dimmed">
                        —<VisuallyHidden>not assessed</VisuallyHidden>
                      </Text>
                    ) : (
                      <Text span size="sm" fw={700}>
                        {formatScore(d.score)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td valign="top">
                    <BandBadge band={d.score === null ? 'Not assessed' : d.band} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Grid.Col>
      </Grid>
    </Section>
  );
};
