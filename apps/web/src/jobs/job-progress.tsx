/** A job's state as a labelled progress bar, its failure in the API's words. */
import { Alert, Group, Progress, Stack, Text } from '@mantine/core';
import type { Job } from './use-job.ts';

const STATUS: Record<Job['status'], string> = {
  queued: 'Waiting to start',
  running: 'Running',
  done: 'Done',
  failed: 'Failed',
};

export const JobProgressBar = ({ job, label }: { job: Job; label: string }) => {
  const fraction = job.status === 'done' ? 1 : (job.progress?.fraction ?? null);
  const pct = fraction === null ? 100 : Math.round(fraction * 100);
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Text size="sm" c="dimmed">
          {STATUS[job.status]}
          {job.progress?.stage && job.status === 'running' ? ` — ${job.progress.stage}` : ''}
          {fraction !== null && job.status === 'running' ? ` (${pct}%)` : ''}
        </Text>
      </Group>
      <Progress
        value={pct}
        animated={job.status === 'running' || job.status === 'queued'}
        striped={fraction === null && job.status !== 'done'}
        color={job.status === 'failed' ? 'red' : undefined}
        aria-label={label}
      />
      {job.status === 'failed' && job.error && (
        <Alert color="red" role="alert" title="The job failed">
          {job.error.message}
        </Alert>
      )}
    </Stack>
  );
};
