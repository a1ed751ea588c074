/**
 * Imports: "Is our data in, and what does it measure?" The answer first (how many kinds of record
 * are in, what is not measured for lack of them), then bringing a file in (detect → map → dry run →
 * import, the job in `?job=` so it can be left and found again), the coverage per kind, and recent
 * jobs. Roles without `imports:run` see the coverage and the jobs only.
 */
import { Alert, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCan } from '../../api/org-path.ts';
import { CoveragePanel } from './coverage-panel.tsx';
import { CoverageSummary } from './coverage-summary.tsx';
import { JobPanel } from './job-panel.tsx';
import { RecentJobs } from './recent-jobs.tsx';
import { UploadPanel } from './upload-panel.tsx';

export const ImportsPage = () => {
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const jobId = params.get('job');
  // Focus the job's panel only when it was just started or opened here, not on arriving by link.
  const [focusJob, setFocusJob] = useState(false);
  const showJob = (id: string | null) => {
    setFocusJob(id !== null);
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      id ? next.set('job', id) : next.delete('job');
      return next;
    });
  };
  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Title order={1}>Is our data in, and what does it measure?</Title>
        <Text c="dimmed" mt={4}>
          Each kind of record feeds some criteria; a criterion whose records were never imported is not
          measured, never scored low.
        </Text>
      </div>
      <CoverageSummary />
      {can('imports:run') ? (
        <UploadPanel onJob={showJob} />
      ) : (
        <Alert color="gray" variant="light" title="Read only">
          Your role can see what is imported but not import: owners, admins and program managers can.
        </Alert>
      )}
      {jobId && can('jobs:read') && (
        <JobPanel key={jobId} id={jobId} focus={focusJob} onDismiss={() => showJob(null)} />
      )}
      <CoveragePanel />
      {can('jobs:read') && <RecentJobs current={jobId} onOpen={showJob} />}
    </Stack>
  );
};
