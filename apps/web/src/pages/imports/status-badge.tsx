/** A job's status as a word on a badge (colour is never the only cue; red only for a failure). */
import { Badge } from '@mantine/core';
import type { Job } from './import-api.ts';

const LOOK: Record<Job['status'], { color: string; variant: string; label: string }> = {
  queued: { color: 'gray', variant: 'outline', label: 'queued' },
  running: { color: 'trellis', variant: 'dot', label: 'running' },
  done: { color: 'trellis', variant: 'light', label: 'done' },
  failed: { color: 'red', variant: 'light', label: 'failed' },
};

export const StatusBadge = ({ status }: { status: Job['status'] }) => {
  const l = LOOK[status];
  return (
    <Badge color={l.color} variant={l.variant} radius="sm" tt="none" style={{ minWidth: 'max-content' }}>
      {l.label}
    </Badge>
  );
};
