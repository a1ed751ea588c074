/**
 * /governance/calibration/:session/rate — an assessor rates the session's units one by one, blind:
 * digits choose a level, Enter submits and brings up the next unit not yet rated, ←/→ or p/n move.
 * A rating is given once (the server refuses a second), so a rated unit shows the rater's own level.
 */
import { Anchor, Button, Group, Kbd, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import type { CalibrationUnitsToRate } from '@trellis/contracts';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../../../components/problem-alert.tsx';
import { Empty, QueryView } from '../../../components/states.tsx';
import { UnitCard } from './unit-card.tsx';
import { useRateUnit, useUnitsToRate } from './use-calibration.ts';
import { useRatingKeys } from './use-rating-keys.ts';

const Rater = ({ number, data }: { number: number; data: CalibrationUnitsToRate }) => {
  const { units } = data;
  const rate = useRateUnit(number);
  const firstOpen = units.findIndex((u) => u.myRating === null);
  const [index, setIndex] = useState(firstOpen < 0 ? 0 : firstOpen);
  const [chosen, setChosen] = useState<number | null>(null);
  const unit = units[index];
  const rated = units.filter((u) => u.myRating !== null).length;
  const open = data.status === 'open';

  const keys = useMemo(() => {
    const go = (i: number) => {
      if (i < 0 || i >= units.length) return;
      setIndex(i);
      setChosen(null);
      rate.reset();
    };
    return {
      choose: (level: number) => {
        if (open && unit?.myRating === null && unit.levels.some((l) => l.level === level)) setChosen(level);
      },
      submit: () => {
        if (!unit || chosen === null || unit.myRating !== null || rate.isPending || !open) return;
        rate.mutate(
          { unit: unit.unit, value: chosen },
          {
            onSuccess: () => {
              // The next unit still to rate after this one (wrapping), else stay on this one.
              const after = [...units.slice(index + 1), ...units.slice(0, index)].find(
                (u) => u.myRating === null,
              );
              go(after ? units.indexOf(after) : index);
            },
          },
        );
      },
      next: () => go(index + 1),
      previous: () => go(index - 1),
    };
  }, [units, unit, index, chosen, open, rate]);
  useRatingKeys(keys);

  if (!unit) return <Empty title="No unit to rate">You are not a rater of this session.</Empty>;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Text size="sm" fw={600} aria-live="polite" data-testid="rating-progress">
          {rated} of {units.length} rated
        </Text>
        <Text size="sm" c="dimmed">
          Unit {index + 1} of {units.length}
        </Text>
      </Group>
      <Progress value={(rated / units.length) * 100} aria-label="Units rated" size="sm" />
      {!open && <Text size="sm">This session is closed: no more ratings.</Text>}
      {open && rated === units.length && (
        <Text size="sm" fw={600} data-testid="all-rated">
          All {units.length} units rated. Results appear when the session is closed.
        </Text>
      )}
      <Paper withBorder p="md" component="section" aria-label={`Unit ${unit.unit}`}>
        <UnitCard unit={unit} chosen={chosen} onChoose={keys.choose} />
      </Paper>
      {rate.isError && <ProblemAlert error={rate.error} title="The rating was not recorded" />}
      <Group justify="space-between">
        <Group gap="xs">
          <Button variant="default" onClick={keys.previous} disabled={index === 0}>
            Previous
          </Button>
          <Button variant="default" onClick={keys.next} disabled={index === units.length - 1}>
            Next
          </Button>
        </Group>
        <Button
          onClick={keys.submit}
          disabled={chosen === null || unit.myRating !== null || !open}
          loading={rate.isPending}
        >
          Submit level{chosen !== null && ` ${chosen}`}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        Keys: <Kbd>1</Kbd>–<Kbd>{unit.levels.length}</Kbd> choose a level, <Kbd>Enter</Kbd> submits,{' '}
        <Kbd>←</Kbd> <Kbd>→</Kbd> or <Kbd>p</Kbd> <Kbd>n</Kbd> move between units.
      </Text>
    </Stack>
  );
};

export const RatePage = () => {
  const number = Number(useParams().session);
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/governance/calibration/${number}`} size="sm">
        ← Session #{number}
      </Anchor>
      <Title order={1} size="h2">
        Rate calibration #{number}
      </Title>
      <Text size="sm" c="dimmed" maw={720}>
        Rate each unit on its evidence alone. No one sees your levels, nor you theirs, until the session is
        closed.
      </Text>
      <QueryView query={useUnitsToRate(number)}>{(data) => <Rater number={number} data={data} />}</QueryView>
    </Stack>
  );
};
