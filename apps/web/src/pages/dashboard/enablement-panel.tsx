/**
 * Where enablement falls short: partners' survey scores per area against the framework's target
 * (chart and table), training completion, and the recommended actions with their reasons.
 */
import { Anchor, Grid, List, Stack, Table, Text } from '@mantine/core';
import { enablementGapsOption, formatScore, type ProgramReport, pct, plural } from '@trellis/contracts';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { SmallSample } from '../../components/badges.tsx';
import { Chart } from '../../components/chart.tsx';
import { Empty } from '../../components/states.tsx';
import { criterionHref } from './links.ts';
import { Section } from './section.tsx';

/** The criterion whose signal is a survey area's mean (training → training_score), if there is one. */
const criterionOfArea = (report: ProgramReport, area: string) =>
  report.scorecard.flatMap((d) => d.criteria).find((c) => c.signal?.metric.startsWith(`${area}_`));

export const EnablementPanel = ({ report, number }: { report: ProgramReport; number: number }) => {
  const e = report.enablement;
  const option = useMemo(() => enablementGapsOption(report), [report]);
  const tc = e.trainingCompletion;
  return (
    <Section
      id="enablement"
      title="Where does enablement fall short?"
      intro={`Partners' latest survey scores (0–10) per area against the target of ${formatScore(e.target)}.`}
    >
      {e.feedback.every((f) => f.n === 0) ? (
        <Empty title="No survey answers yet">
          Import partner surveys to measure training, resources, support and satisfaction.{' '}
          <Anchor component={Link} to="/imports">
            Import data
          </Anchor>
        </Empty>
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <Chart
              option={option}
              height={70 + e.feedback.length * 44}
              label={`Mean survey score per enablement area against the target ${formatScore(e.target)}; the same figures are in the table`}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <Table className="trellis-table" fz="sm" verticalSpacing={6}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Area</Table.Th>
                  <Table.Th className="num">Mean</Table.Th>
                  <Table.Th className="num">Partners</Table.Th>
                  <Table.Th>Against target</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {e.feedback.map((f) => {
                  const criterion = criterionOfArea(report, f.area);
                  return (
                    <Table.Tr key={f.area}>
                      <Table.Td>
                        {criterion ? (
                          <Anchor component={Link} to={criterionHref(number, criterion.id)} size="sm">
                            {f.area}
                          </Anchor>
                        ) : (
                          f.area
                        )}
                      </Table.Td>
                      <Table.Td className="num">{f.mean === null ? 'n/a' : formatScore(f.mean)}</Table.Td>
                      <Table.Td className="num">
                        {criterion?.smallSample ? <SmallSample n={f.n} /> : f.n}
                      </Table.Td>
                      <Table.Td>
                        {f.mean === null ? (
                          <Text span size="sm" c="dimmed">
                            not measured
                          </Text>
                        ) : f.belowTarget ? (
                          <Text span size="sm" fw={600}>
                            below by {formatScore(e.target - f.mean)}
                          </Text>
                        ) : (
                          'at or above'
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Grid.Col>
        </Grid>
      )}
      <Text size="sm">
        Training completed by {tc.share === null ? 'no partner yet' : `${pct(tc.share)} of partners`} (
        {plural(tc.partners, 'partner')}, {plural(tc.completions, 'completion')}).
      </Text>
      {e.recommendations.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            Recommended
          </Text>
          <List size="sm" spacing={4}>
            {e.recommendations.map((r) => (
              <List.Item key={r.action}>
                {r.title}{' '}
                <Text span size="xs" c="dimmed">
                  because {r.because}
                </Text>
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Section>
  );
};
