/**
 * The job named in `?job=`: its progress while it runs, then its counts or its problems. The id in
 * the URL is what lets a reader leave a long import and find it again. A finished real import
 * refreshes the data coverage and the job list.
 */
import { Badge, CloseButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { ApiError } from '../../api/client.ts';
import { formatDateTime } from '../../components/dates.ts';
import { JobProgress } from '../../components/job-progress.tsx';
import { ErrorState, Loading } from '../../components/states.tsx';
import { JOBS_KEY, type Job, useJob } from '../../jobs/use-job.ts';
import { COVERAGE_KEY, type ImportPayload, type ImportResult } from './import-api.ts';
import { ImportOutcome } from './import-outcome.tsx';
import { ImportProblems } from './import-problems.tsx';
import { StatusBadge } from './status-badge.tsx';

/** "Dry run of partners.csv" — what the job is, in words. */
export const jobTitle = (job: Job) => {
  if (job.kind === 'score-readiness') return 'Readiness scoring';
  if (job.kind === 'assess-program') return 'Program assessment';
  const p = job.payload as ImportPayload;
  return `${p.dryRun ? 'Dry run' : 'Import'} of ${p.filename ?? p.entity ?? 'a file'}`;
};

export const JobPanel = ({
  id,
  onDismiss,
  focus,
}: {
  id: string;
  onDismiss: () => void;
  /** Move focus here (a job just started from the form): the result is announced and in view. */
  focus: boolean;
}) => {
  const qc = useQueryClient();
  const job = useJob(id);
  const heading = useRef<HTMLHeadingElement>(null);
  const status = job.data?.status;
  const dryRun = !!(job.data?.payload as ImportPayload | undefined)?.dryRun;

  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);

  // When the job ends, the list shows its outcome; a real import also changes the coverage.
  useEffect(() => {
    if (status !== 'done' && status !== 'failed') return;
    void qc.invalidateQueries({ queryKey: JOBS_KEY, predicate: (q) => q.queryKey.includes('page') });
    if (status === 'done' && !dryRun) void qc.invalidateQueries({ queryKey: COVERAGE_KEY });
  }, [status, dryRun, qc]);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="job-heading">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div>
            <Title order={2} size="h3" id="job-heading" ref={heading} tabIndex={-1}>
              {job.data ? jobTitle(job.data) : 'Job'}
            </Title>
            {job.data && (
              <Group gap="xs" mt={4}>
                <StatusBadge status={job.data.status} />
                {(job.data.payload as ImportPayload).entity && (
                  <Badge variant="outline" color="gray" tt="none" radius="sm">
                    {(job.data.payload as ImportPayload).entity}
                  </Badge>
                )}
                <Text size="xs" c="dimmed">
                  started {formatDateTime(job.data.createdAt)} by {job.data.createdBy}
                </Text>
              </Group>
            )}
          </div>
          <CloseButton aria-label="Hide this job (it goes on running)" onClick={onDismiss} />
        </Group>
        {job.isPending ? (
          <Loading label="Loading the job…" />
        ) : job.isError ? (
          <ErrorState
            error={job.error}
            title={
              job.error instanceof ApiError && job.error.status === 404
                ? 'No such job here (it may belong to another org)'
                : 'The job could not be loaded'
            }
          />
        ) : job.data.status === 'done' ? (
          job.data.kind === 'import' ? (
            <ImportOutcome result={job.data.result as ImportResult} />
          ) : (
            <Text size="sm">Finished {formatDateTime(job.data.finishedAt)}.</Text>
          )
        ) : job.data.status === 'failed' && job.data.error ? (
          <ImportProblems error={job.data.error} dryRun={dryRun} />
        ) : (
          <JobProgress job={job.data} label="Import progress" />
        )}
      </Stack>
    </Paper>
  );
};
