/**
 * A background job followed to its end: polled while queued or running (progress included), so a
 * page shows a progress bar and can be left and found again (the job id lives in the URL). The one
 * job hook of the app; a job's shape is the contracts' (Job).
 */
import { useQuery } from '@tanstack/react-query';
import type { Job } from '@trellis/contracts';
import { api } from '../api/client.ts';
import { useOrgPath } from '../api/org-path.ts';

export type { Job, JobError, JobProgress } from '@trellis/contracts';

/** Every job query starts with this key: invalidating it refreshes them all. */
export const JOBS_KEY = ['jobs'] as const;

export const isFinished = (job: Job | undefined) => job?.status === 'done' || job?.status === 'failed';

/** Queued or running: still worth polling. */
export const isActive = (job: Job | undefined) => job?.status === 'queued' || job?.status === 'running';

/** The job `id` (none: idle), refetched every 400 ms until it ends. */
export const useJob = (id: string | null | undefined) => {
  const org = useOrgPath();
  return useQuery({
    queryKey: [...JOBS_KEY, org, 'one', id],
    queryFn: () => api<Job>(`${org}/jobs/${encodeURIComponent(id!)}`),
    enabled: !!id,
    retry: false,
    staleTime: 0,
    refetchInterval: (q) => (isActive(q.state.data) ? 400 : false),
  });
};
