/**
 * The answer above the fold: the overall score and band (and its change since the previous
 * assessment), how many criteria rest on data, on the assessor, or on nothing, and the criteria
 * that hold the program back most (the lowest final scores), each one click from its evidence.
 */
import { Anchor, Badge, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatScore, type ProgramReport, plural } from '@trellis/contracts';
import { BandBadge } from '../../components/badges.tsx';
import type { Assessment, Criterion } from './use-assessment.ts';

/** The criteria with the lowest final scores (at most 2 of 5), lowest first, at most five. */
const holdingBack = (report: ProgramReport) =>
  report.scorecard
    .flatMap((d) => d.criteria.map((c) => ({ c, dimension: d.dimension })))
    .filter(
      (x): x is { c: Criterion & { final: number }; dimension: string } =>
        x.c.final !== null && x.c.final <= 2,
    )
    .sort((a, b) => a.c.final - b.c.final)
    .slice(0, 5);

const signed = (delta: number) => `${delta > 0 ? '+' : delta < 0 ? '−' : '±'}${formatScore(Math.abs(delta))}`;

export const AssessmentSummary = ({
  report,
  previous,
  onOpen,
}: {
  report: ProgramReport;
  /** The assessment before this one, for the change since last time. */
  previous: Assessment | undefined;
  onOpen: (criterion: string) => void;
}) => {
  const { overall, criteria } = report.summary;
  const back = holdingBack(report);
  const notMeasured = report.scorecard.flatMap((d) => d.criteria).filter((c) => c.missingData.length > 0);
  const weakest = report.scorecard
    .filter((d): d is typeof d & { score: number } => d.score !== null)
    .sort((a, b) => a.score - b.score)[0];
  return (
    <Paper withBorder p="md">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            Overall maturity
          </Text>
          <Group gap="sm" align="center">
            <Text fz={40} fw={700} lh={1}>
              {formatScore(overall.score)}
            </Text>
            <BandBadge band={overall.band} />
            {previous?.overall && (
              <Text size="sm" c="dimmed">
                {signed(overall.score - previous.overall.score)} since #{previous.number}
              </Text>
            )}
          </Group>
          {weakest && (
            <Text size="sm">
              Weakest dimension: <strong>{weakest.dimension}</strong> at {formatScore(weakest.score)} (
              {weakest.band}).
            </Text>
          )}
          <Text size="sm">
            {criteria.scored} of {criteria.total} criteria scored: {criteria.fromData} from data,{' '}
            {criteria.fromAssessor} by the assessor.
          </Text>
          {(criteria.notMeasured > 0 || criteria.notAssessed > 0) && (
            <Group gap="xs">
              {criteria.notMeasured > 0 && (
                <Badge color="gray" variant="light" tt="none" radius="sm">
                  {plural(criteria.notMeasured, 'criterion', 'criteria')} not measured
                </Badge>
              )}
              {criteria.notAssessed > 0 && (
                <Badge color="gray" variant="outline" tt="none" radius="sm">
                  {plural(criteria.notAssessed, 'criterion', 'criteria')} not assessed
                </Badge>
              )}
            </Group>
          )}
          {notMeasured.length > 0 && (
            <Text size="xs" c="dimmed">
              Not measured means the records were never imported, not a low score.
            </Text>
          )}
          {report.claimsVsObserved.length > 0 && (
            <Text size="sm">
              {plural(report.claimsVsObserved.length, 'criterion', 'criteria')} claimed higher than the data
              shows.
            </Text>
          )}
        </Stack>
        <Stack gap="xs">
          <Title order={2} size="h4">
            Holding the program back
          </Title>
          {back.length === 0 ? (
            <Text size="sm" c="dimmed">
              No criterion scores below 3.
            </Text>
          ) : (
            <List spacing={4} size="sm" listStyleType="none" pl={0}>
              {back.map(({ c, dimension }) => (
                <List.Item key={c.id}>
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    <Badge variant="light" color="trellis" radius="sm" w={32} style={{ flexShrink: 0 }}>
                      {c.final}
                    </Badge>
                    <Text size="sm" span>
                      <Anchor
                        component="button"
                        type="button"
                        size="sm"
                        ta="left"
                        onClick={() => onOpen(c.id)}
                      >
                        {c.text}
                      </Anchor>{' '}
                      <Text span size="xs" c="dimmed">
                        {dimension}
                      </Text>
                    </Text>
                  </Group>
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      </SimpleGrid>
    </Paper>
  );
};
