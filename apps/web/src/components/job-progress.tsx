/**
 * The one progress bar of a job (an import, a readiness scoring, an assessment): how far, at which
 * stage, the rows and bytes an import has read, that the page can be left (the job id is in the
 * URL), and a failure in the API's words.
 */
import { Alert, Group, Progress, Stack, Text } from '@mantine/core';
import { isActive, type Job } from '../jobs/use-job.ts';
import { bytes, count } from './dates.ts';

const STATUS: Record<Job['status'], string> = {
  queued: 'Waiting for a worker',
  running: 'Running',
  done: 'Done',
  failed: 'Failed',
};

const STAGES: Record<string, string> = {
  reading: 'Reading and checking rows',
  done: 'Finishing',
};

/** The job's state in words; a running job says its stage. */
const stageWords = (job: Job): string => {
  const p = job.progress;
  if (job.status !== 'running' || !p) return STATUS[job.status];
  // Once every byte is read the rows are checked against the org's records and merged in one go.
  if (p.stage === 'reading' && p.fraction === 1) return 'Checking references and writing';
  return STAGES[p.stage] ?? p.stage;
};

export const JobProgress = ({ job, label }: { job: Job; label: string }) => {
  const p = job.progress;
  const fraction = job.status === 'done' ? 1 : (p?.fraction ?? null);
  const pct = fraction === null ? null : Math.round(fraction * 100);
  const words = stageWords(job);
  return (
    <Stack gap={6}>
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Text size="sm" c="dimmed" aria-live="polite">
          {words}
          {job.kind === 'import' && p && job.status === 'running'
            ? ` — ${count(p.rows)} rows, ${bytes(p.bytes)}${p.totalBytes ? ` of ${bytes(p.totalBytes)}` : ''}`
            : ''}
        </Text>
      </Group>
      <Progress.Root size={22} radius="sm">
        <Progress.Section
          value={pct ?? 100}
          animated={isActive(job)}
          striped={pct === null}
          color={job.status === 'failed' ? 'red' : job.status === 'queued' ? 'gray' : 'trellis'}
          aria-label={label}
          aria-valuetext={pct === null ? words : `${pct}%: ${words}`}
        >
          <Progress.Label>{pct === null ? words : `${pct}%`}</Progress.Label>
        </Progress.Section>
      </Progress.Root>
      {isActive(job) && (
        <Text size="xs" c="dimmed">
          You can leave this page: the job goes on, and this link brings you back to it.
        </Text>
      )}
      {job.status === 'failed' && job.error && (
        <Alert color="red" role="alert" title="The job failed">
          {job.error.message}
        </Alert>
      )}
    </Stack>
  );
};
