/**
 * Draw a spot audit: the as-of date (the audit covers its quarter up to it), the share of each
 * stratum, and a seed only to repeat an earlier draw (left empty, the server picks and stores one).
 */
import { Button, Group, NumberInput, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { useDrawSpotAudit } from './use-spot-audits.ts';

export const DrawForm = ({ today, onDrawn }: { today: string; onDrawn: (number: number) => void }) => {
  const draw = useDrawSpotAudit();
  const [asOf, setAsOf] = useState(today);
  const [percent, setPercent] = useState<string | number>(10);
  const [seed, setSeed] = useState<string | number>('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    draw.mutate(
      {
        asOf,
        share: Number(percent) / 100,
        seed: seed === '' ? undefined : Number(seed),
      },
      { onSuccess: (audit) => onDrawn(audit.number) },
    );
  };
  return (
    <form onSubmit={submit} aria-label="Draw a spot audit">
      <Group align="end" wrap="wrap">
        <TextInput
          label="As of"
          description="the audit covers this date’s quarter"
          type="date"
          value={asOf}
          onChange={(e) => setAsOf(e.currentTarget.value)}
          required
        />
        <NumberInput
          label="Share (%)"
          description="of each tier × assessor"
          min={1}
          max={100}
          value={percent}
          onChange={setPercent}
          required
        />
        <NumberInput
          label="Seed"
          description="only to repeat a draw"
          min={0}
          allowDecimal={false}
          value={seed}
          onChange={setSeed}
        />
        <Button type="submit" loading={draw.isPending}>
          Draw
        </Button>
      </Group>
      {draw.isError && <ProblemAlert error={draw.error} title="The audit was not drawn" />}
    </form>
  );
};
