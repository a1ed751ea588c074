/**
 * A closed session's results: overall alpha with its interval, the flags in words, alpha per
 * competency, each rater's drift and the units with the most disagreement. Raters are named by
 * their name or email (the results carry user ids and, beside them, who those are).
 */
import { List, Stack, Text, Title } from '@mantine/core';
import { alphaText, type CalibrationSessionResults, flagText, plural } from '@trellis/contracts';
import { AgreementTable } from './agreement-table.tsx';
import { DisagreementTable } from './disagreement-table.tsx';
import { DriftTable } from './drift-table.tsx';

/** The drift beyond which a rater is flagged, when no flag says otherwise (docs/governance.md). */
const DEFAULT_DRIFT_LIMIT = 0.5;

export const ResultsPanel = ({ results }: { results: CalibrationSessionResults }) => {
  const names = new Map(results.raters.map((r) => [r.userId, r.name ?? r.email ?? r.userId]));
  const who = (rater: string) => names.get(rater) ?? rater;
  const { overall } = results;
  const flags = [
    ...overall.flags,
    ...results.competencies.flatMap((c) => c.flags.map((f) => ({ ...f, competency: c.competency }))),
  ];
  const limit =
    overall.flags.find((f) => f.kind === 'recalibrate-rater')?.maximumDrift ?? DEFAULT_DRIFT_LIMIT;
  return (
    <Stack gap="md">
      <div>
        <Text size="xl" fw={700} data-testid="overall-alpha">
          {alphaText(overall)}
        </Text>
        <Text size="sm" c="dimmed">
          {overall.level} alpha over {plural(overall.units, 'unit')} and{' '}
          {plural(overall.pairableValues, 'pairable value')}
          {overall.interval &&
            `; bootstrap of ${overall.interval.draws} draws, seed ${overall.interval.seed}`}
          . Alpha of 0.667 or more is the usual floor for tentative conclusions.
        </Text>
      </div>
      {flags.length === 0 ? (
        <Text size="sm">No flag: the rubric holds and no rater drifts beyond half a level.</Text>
      ) : (
        <List size="sm" aria-label="Flags">
          {flags.map((f) => (
            <List.Item
              key={`${'competency' in f ? f.competency : 'overall'}-${f.kind}-${'rater' in f ? f.rater : ''}`}
            >
              {'competency' in f ? `${f.competency}: ` : 'Overall: '}
              {flagText(f, who)}
            </List.Item>
          ))}
        </List>
      )}
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={3} size="h5">
            Per competency
          </Title>
          <AgreementTable rows={results.competencies} />
        </Stack>
        <Stack gap={4}>
          <Title order={3} size="h5">
            Rater drift
          </Title>
          <DriftTable raters={overall.raters} limit={limit} who={who} />
        </Stack>
      </Stack>
      <Stack gap={4}>
        <Title order={3} size="h5">
          Most disagreement
        </Title>
        <DisagreementTable units={results.disagreement} who={who} />
      </Stack>
    </Stack>
  );
};
