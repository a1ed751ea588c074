/** A running import's progress: how far through the file, at which stage, and that it can be left. */
import { Progress, Stack, Text } from '@mantine/core';
import { bytes, count } from '../../components/dates.ts';
import type { Job } from './import-api.ts';

const STAGES: Record<string, string> = {
  reading: 'Reading and checking rows',
  done: 'Finishing',
};

export const JobProgress = ({ job }: { job: Job }) => {
  const p = job.progress;
  const queued = job.status === 'queued' || !p;
  const pct = p?.fraction != null ? Math.round(p.fraction * 100) : null;
  // Once every byte is read the rows are checked against the org's records and merged in one go.
  const stage = queued
    ? 'Waiting for a worker'
    : p.stage === 'reading' && pct === 100
      ? 'Checking references and writing'
      : (STAGES[p.stage] ?? p.stage);
  return (
    <Stack gap={6}>
      <Progress.Root size={22} radius="sm">
        <Progress.Section
          value={pct ?? 100}
          animated
          color={queued ? 'gray' : 'trellis'}
          aria-label="Import progress"
          aria-valuetext={pct === null ? stage : `${pct}%: ${stage}`}
        >
          <Progress.Label>{pct === null ? stage : `${pct}%`}</Progress.Label>
        </Progress.Section>
      </Progress.Root>
      <Text size="sm" aria-live="polite">
        {stage}
        {p && !queued
          ? ` — ${count(p.rows)} rows, ${bytes(p.bytes)}${p.totalBytes ? ` of ${bytes(p.totalBytes)}` : ''}`
          : ''}
      </Text>
      <Text size="xs" c="dimmed">
        You can leave this page: the job goes on, and this link brings you back to it.
      </Text>
    </Stack>
  );
};
