/**
 * Open a calibration session (program managers): a name, the evaluations to rate (searchable, by
 * id, competency and partner) and the raters (members with a role that rates). The members list is
 * readable by owners and admins only, so a program manager without it is told to use the API.
 */
import { Button, Group, MultiSelect, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useCan } from '../../../api/org-path.ts';
import { ProblemAlert } from '../../../components/problem-alert.tsx';
import { useEvaluationChoices, useOpenSession, useRaterChoices } from './use-calibration.ts';

const text = (v: unknown) => (typeof v === 'string' ? v : '');

export const NewSessionForm = ({ onOpened }: { onOpened: (number: number) => void }) => {
  const can = useCan();
  const listsMembers = can('members:read');
  const evaluations = useEvaluationChoices();
  const raters = useRaterChoices(listsMembers);
  const open = useOpenSession();
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [people, setPeople] = useState<string[]>([]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    open.mutate({ name, evaluations: chosen, raters: people }, { onSuccess: (s) => onOpened(s.number) });
  };
  const evaluationData = (evaluations.data?.items ?? []).map((r) => ({
    value: text(r.external_id),
    label: `${text(r.external_id)} · ${text(r.competency)} · ${text(r.partner_external_id)}`,
  }));
  const raterData = (raters.data ?? []).map((m) => ({
    value: m.userId,
    label: `${m.name ?? m.email} (${m.role.replace('_', ' ')})`,
  }));
  return (
    <form onSubmit={submit} aria-label="New calibration session">
      <Stack gap="sm" maw={720}>
        <TextInput
          label="Name"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
          maxLength={200}
        />
        <MultiSelect
          label="Evaluations"
          description="one unit each; type to search by id, competency or partner"
          data={evaluationData}
          value={chosen}
          onChange={setChosen}
          searchable
          hidePickedOptions
          maxValues={500}
          nothingFoundMessage="No evaluation matches"
        />
        {listsMembers ? (
          <MultiSelect
            label="Raters"
            description="at least two: assessors, program managers, admins or owners"
            data={raterData}
            value={people}
            onChange={setPeople}
            searchable
            hidePickedOptions
          />
        ) : (
          <Text size="sm" c="dimmed">
            Only owners and admins can list members here; name raters through the API (POST
            …/calibration-sessions) meanwhile.
          </Text>
        )}
        <Group>
          <Button type="submit" loading={open.isPending} disabled={!listsMembers}>
            Open session
          </Button>
        </Group>
        {open.isError && <ProblemAlert error={open.error} title="The session was not opened" />}
      </Stack>
    </form>
  );
};
