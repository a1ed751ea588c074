/**
 * The pieces of one criterion as every view shows them: its signal (or "not measured" — a state
 * of its own, grey, naming what to import; never a low score), the small-sample mark, and the
 * claimed-vs-observed flag.
 */
import { Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { SmallSample } from '../../components/badges.tsx';
import type { Criterion } from './use-assessment.ts';

export const BAND_OF_SCORE = ['', 'Initial', 'Developing', 'Defined', 'Managed', 'Optimized'] as const;

/** "surveys", "surveys and meetings", "surveys, meetings and evaluations". */
export const listKinds = (kinds: string[]): string =>
  kinds.length <= 1 ? (kinds[0] ?? '') : `${kinds.slice(0, -1).join(', ')} and ${kinds.at(-1)}`;

/** Grey "Not measured" with what to import: the data measured nothing, so no score from it. */
export const NotMeasured = ({ missing }: { missing: string[] }) => (
  <Stack gap={2}>
    <Badge color="gray" variant="light" radius="sm" tt="none" w="fit-content">
      Not measured
    </Badge>
    <Text size="xs" c="dimmed">
      Import {listKinds(missing)} to measure this
    </Text>
  </Stack>
);

/** The signal's value and basis; the value dotted-underlined and marked "n = …" when the sample is small. */
export const SignalSummary = ({ c }: { c: Criterion }) => {
  if (c.missingData.length > 0) return <NotMeasured missing={c.missingData} />;
  if (!c.signal)
    return (
      <Text size="sm" c="dimmed">
        No data signal: the assessor's judgement
      </Text>
    );
  const n = c.signal.sample ?? 0;
  return (
    <Stack gap={2}>
      <Group gap={6} wrap="nowrap">
        <Text size="sm" fw={600} className={c.smallSample ? 'small-sample' : undefined}>
          {c.signal.display}
        </Text>
        {c.smallSample && <SmallSample n={n} />}
      </Group>
      <Text size="xs" c="dimmed">
        {c.signal.basis}
      </Text>
    </Stack>
  );
};

/** "Claimed 5 · observed 3": the assessor's score is 2 or more away from the data's suggestion. */
export const ClaimedVsObserved = ({ c }: { c: Criterion }) =>
  c.claimedVsObserved && c.manual && c.suggested !== null ? (
    <Tooltip label="The assessor's score differs by 2 or more from what the data suggests">
      <Badge
        color="grape"
        variant="outline"
        radius="sm"
        tt="none"
        // Wraps rather than truncates in a narrow column.
        styles={{ root: { height: 'auto', maxWidth: '100%' }, label: { whiteSpace: 'normal' } }}
      >
        Claimed {c.manual.score} · observed {c.suggested}
      </Badge>
    </Tooltip>
  ) : null;

/** A criterion's 1–5 score (whole numbers, as the report prints them), or a dash when there is none. */
export const ScoreText = ({ score, strong }: { score: number | null | undefined; strong?: boolean }) =>
  score === null || score === undefined ? (
    <Text size="sm" c="dimmed" span>
      —
    </Text>
  ) : (
    <Text size="sm" fw={strong ? 700 : 400} span>
      {score}
    </Text>
  );

/** The final score, or why there is none: not measured (its own grey state, never a score) or not assessed. */
export const FinalScore = ({ c }: { c: Criterion }) =>
  c.final === null ? (
    <Text size="xs" c="dimmed" fs="italic" span>
      {c.missingData.length ? 'Not measured' : 'Not assessed'}
    </Text>
  ) : (
    <Tooltip label={BAND_OF_SCORE[c.final] ?? ''}>
      <Text size="sm" fw={700} span>
        {c.final}
      </Text>
    </Tooltip>
  );

/** Where the final score came from, in words. */
export const sourceText = (c: Criterion): string =>
  c.source === 'manual'
    ? "the assessor's score"
    : c.source === 'signal'
      ? "the data's suggestion"
      : 'nothing yet';
