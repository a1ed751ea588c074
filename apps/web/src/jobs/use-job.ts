/**
 * A background job followed to its end: polled while queued or running (progress included), so a
 * page shows a progress bar and can be left and found again (the job id lives in the URL).
 */
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { useOrgPath } from '../api/org-path.ts';

export interface JobProgress {
  rows: number;
  bytes: number;
  totalBytes: number;
  fraction: number | null;
  stage: string;
}

export interface JobError {
  code: string;
  message: string;
  issues: { line?: number; column?: string; value?: string; reason: string }[];
  total?: number;
  byColumn?: {
    column: string;
    count: number;
    examples: { line?: number; value?: string; reason: string }[];
    hint?: string;
  }[];
}

export interface Job {
  id: string;
  kind: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  progress: JobProgress | null;
  result: unknown;
  error: JobError | null;
  createdAt: string;
  finishedAt: string | null;
}

export const isFinished = (job: Job | undefined) => job?.status === 'done' || job?.status === 'failed';

/** The job `id` (none: idle), refetched every 400 ms until it ends. */
export const useJob = (id: string | null | undefined) => {
  const org = useOrgPath();
  return useQuery({
    queryKey: ['job', org, id],
    queryFn: () => api<Job>(`${org}/jobs/${encodeURIComponent(id!)}`),
    enabled: !!id,
    refetchInterval: (q) => (isFinished(q.state.data) ? false : 400),
  });
};
