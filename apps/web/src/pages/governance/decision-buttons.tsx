/**
 * One item's decision: "Upheld" at once, or "Overturned" with the level it should have had and why
 * (both required; the server checks the level against the rubric). A decided item shows its
 * decision instead: a decision is final.
 */
import { Badge, Button, Group, Select, Stack, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { formatDate, type SpotAuditItem } from '@trellis/contracts';
import { type FormEvent, useState } from 'react';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { useDecideItem } from './use-spot-audits.ts';

/** The levels of the partner-competency framework v1 (frameworks/partner-competency/v1.yaml). */
const LEVELS = ['Foundational', 'Practitioner', 'Proficient', 'Expert'];

export const Decision = ({ item }: { item: SpotAuditItem }) =>
  item.outcome === 'upheld' ? (
    <Text size="sm" component="div">
      <Badge color="green" variant="dot" c="dark.7" tt="none">
        Upheld
      </Badge>{' '}
      by {item.auditor}, {formatDate(item.decidedAt)}
    </Text>
  ) : (
    <Text size="sm" component="div">
      <Badge color="red" variant="dot" c="dark.7" tt="none">
        Overturned → level {item.newLevel}
      </Badge>{' '}
      by {item.auditor}, {formatDate(item.decidedAt)}: {item.reason}
    </Text>
  );

export const DecisionButtons = ({ audit, item }: { audit: number; item: SpotAuditItem }) => {
  const decide = useDecideItem(audit, item.evaluation);
  const [overturning, setOverturning] = useState(false);
  const [level, setLevel] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    decide.mutate({ outcome: 'overturned', level: level === null ? null : Number(level), reason });
  };
  const levels = LEVELS.map((name, i) => ({ value: String(i + 1), label: `${i + 1} ${name}` })).filter(
    (l) => Number(l.value) !== item.level,
  );
  return (
    <Stack gap={4}>
      {!overturning ? (
        <Group gap="xs" wrap="nowrap">
          <Button
            size="xs"
            variant="default"
            loading={decide.isPending}
            onClick={() => decide.mutate({ outcome: 'upheld' })}
          >
            Upheld<VisuallyHidden> {item.evaluation}</VisuallyHidden>
          </Button>
          <Button size="xs" variant="default" onClick={() => setOverturning(true)}>
            Overturned…<VisuallyHidden> {item.evaluation}</VisuallyHidden>
          </Button>
        </Group>
      ) : (
        <form onSubmit={submit} aria-label={`Overturn ${item.evaluation}`}>
          <Group gap="xs" align="end" wrap="wrap">
            <Select label="New level" data={levels} value={level} onChange={setLevel} required w={150} />
            <TextInput
              label="Reason"
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              required
              maxLength={2000}
            />
            <Button size="xs" type="submit" color="red.8" loading={decide.isPending}>
              Overturn
            </Button>
            <Button size="xs" variant="subtle" onClick={() => setOverturning(false)}>
              Cancel
            </Button>
          </Group>
        </form>
      )}
      {decide.isError && <ProblemAlert error={decide.error} title="The decision was not recorded" />}
    </Stack>
  );
};
