/**
 * Above the fold: the overall score and band, how much of the framework was measured, the change
 * since the compared assessment and the one-line why — then the value the program realised.
 */
import { Anchor, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import { formatDate, formatDelta, formatScore, type ProgramReport, plural } from '@trellis/contracts';
import { Link } from 'react-router';
import { BandBadge } from '../../components/badges.tsx';
import { FreshnessLine } from '../../components/freshness-line.tsx';
import type { Assessment } from './dashboard-data.ts';
import { strongestDimension, weakestPoint } from './dashboard-why.ts';
import { KeyFigures } from './key-figures.tsx';
import { assessmentHref, criterionHref } from './links.ts';

export const HeadlinePanel = ({
  report,
  assessment,
  compared,
}: {
  report: ProgramReport;
  assessment: Assessment;
  compared: Assessment | undefined;
}) => {
  const { overall } = report.summary;
  return (
    <Paper component="section" withBorder p="lg" radius="md" aria-label="Overall maturity">
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              Overall maturity, as of {formatDate(report.asOf)} (assessment #{assessment.number},{' '}
              {assessment.status})
            </Text>
            <Group gap="sm" align="center">
              <Text fz={56} fw={700} lh={1} c="trellis.9">
                {formatScore(overall.score)}
              </Text>
              <Stack gap={4}>
                <BandBadge band={overall.band} />
                <Text size="sm" c="dimmed">
                  of 5
                </Text>
              </Stack>
            </Group>
            <ChangeLine report={report} compared={compared} />
            <MeasuredLine report={report} number={assessment.number} />
            <FreshnessLine
              asOf={report.asOf}
              coverage={report.dataCoverage}
              importedSince={assessment.importedSince}
              made="this assessment"
              action={
                <Anchor
                  component={Link}
                  to={`/assessments/new?from=${assessment.number}&asOf=${report.asOf}`}
                  size="sm"
                >
                  re-assess as of {formatDate(report.asOf)}
                </Anchor>
              }
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <WhyLine report={report} number={assessment.number} />
            <KeyFigures report={report} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Paper>
  );
};

const ChangeLine = ({ report, compared }: { report: ProgramReport; compared: Assessment | undefined }) => {
  if (!compared)
    return (
      <Text size="sm" c="dimmed">
        No earlier assessment compared: the change shows once there is one.
      </Text>
    );
  const since = (
    <Anchor component={Link} to={assessmentHref(compared.number)}>
      #{compared.number} ({formatDate(compared.asOf)})
    </Anchor>
  );
  if (!compared.overall)
    return <Text size="sm">Assessment {since} has no overall score to compare with.</Text>;
  const delta = report.summary.overall.score - compared.overall.score;
  const bandMoved = compared.overall.band !== report.summary.overall.band;
  return (
    <Text fw={600}>
      {formatDelta(delta) === '0.0' ? 'No change' : `${formatDelta(delta)}`} since {since}, which scored{' '}
      {formatScore(compared.overall.score)}
      {bandMoved ? ` (${compared.overall.band} → ${report.summary.overall.band})` : ''}
    </Text>
  );
};

const MeasuredLine = ({ report, number }: { report: ProgramReport; number: number }) => {
  const c = report.summary.criteria;
  return (
    <Stack gap={2}>
      <Text size="sm">
        <Anchor component={Link} to={assessmentHref(number)}>
          Measured: {c.scored} of {c.total} criteria
        </Anchor>{' '}
        ({c.fromData} from data, {c.fromAssessor} by the assessor)
      </Text>
      {c.notMeasured > 0 && (
        <Text size="sm" c="dimmed">
          {plural(c.notMeasured, 'criterion', 'criteria')} not measured: their records were never imported.{' '}
          <Anchor component={Link} to="/imports">
            Import data
          </Anchor>
        </Text>
      )}
      {c.notAssessed > 0 && (
        <Text size="sm" c="dimmed">
          {plural(c.notAssessed, 'criterion', 'criteria')} not assessed: no signal and no assessor score.
        </Text>
      )}
    </Stack>
  );
};

const WhyLine = ({ report, number }: { report: ProgramReport; number: number }) => {
  const why = weakestPoint(report);
  const best = strongestDimension(report);
  if (!why)
    return <Text>No dimension has a score yet: import data or score criteria on the assessment page.</Text>;
  return (
    <Stack gap={4}>
      <Text fw={500}>
        Held back most by {why.dimension.dimension} ({formatScore(why.dimension.score!)}):{' '}
        <Anchor component={Link} to={criterionHref(number, why.finding.criterion)}>
          {why.finding.text}
        </Anchor>
      </Text>
      {best && best.id !== why.dimension.id && (
        <Text size="sm" c="dimmed">
          Strongest: {best.dimension} ({formatScore(best.score!)}, {best.band}).
        </Text>
      )}
    </Stack>
  );
};
