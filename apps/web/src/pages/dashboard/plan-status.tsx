/**
 * A plan item's status: a select for roles that may score the assessment (`assessments:score`)
 * while it is a draft, a badge otherwise. The change shows at once (optimistic), is sent as
 * PATCH …/assessments/:number/plan/:action, and on refusal goes back with the API's words beside it.
 */
import { Badge, Select } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProgramReport } from '@trellis/contracts';
import { ApiError, api } from '../../api/client.ts';
import { useCan, useOrgPath } from '../../api/org-path.ts';
import { dashboardKey, type PlanItem, type PlanStatus } from './dashboard-data.ts';

const STATUSES: { value: PlanStatus; label: string }[] = [
  { value: 'todo', label: 'To do' },
  { value: 'in_progress', label: 'In progress' },
  { value: 'done', label: 'Done' },
];

const BUCKETS = ['days30', 'days60', 'days90'] as const;

/** The report with one plan item's status changed (every bucket holding that action). */
const withStatus = (report: ProgramReport, action: string, status: PlanStatus): ProgramReport => ({
  ...report,
  plan: {
    ...report.plan,
    ...Object.fromEntries(
      BUCKETS.map((b) => [b, report.plan[b].map((i) => (i.action === action ? { ...i, status } : i))]),
    ),
  },
});

export const PlanStatusControl = ({
  number,
  item,
  final,
}: {
  number: number;
  item: PlanItem;
  final: boolean;
}) => {
  const can = useCan();
  const org = useOrgPath();
  const qc = useQueryClient();
  const key = dashboardKey(org, number);
  const status = item.status ?? 'todo';
  const mutation = useMutation({
    mutationFn: (next: PlanStatus) =>
      api(`${org}/assessments/${number}/plan/${encodeURIComponent(item.action)}`, {
        method: 'PATCH',
        body: { status: next },
      }),
    onMutate: async (next) => {
      await qc.cancelQueries({ queryKey: key });
      const before = qc.getQueryData<ProgramReport>(key);
      if (before) qc.setQueryData(key, withStatus(before, item.action, next));
      return { before };
    },
    onError: (_error, _next, context) => {
      if (context?.before) qc.setQueryData(key, context.before);
    },
    onSettled: () => qc.invalidateQueries({ queryKey: key }),
  });
  const label = STATUSES.find((s) => s.value === status)?.label ?? status;

  // Read-only for roles that may not score, and once the assessment is final (the API refuses then).
  if (!can('assessments:score') || final)
    return (
      <Badge variant={status === 'done' ? 'filled' : 'light'} color="trellis" radius="sm">
        {label}
      </Badge>
    );
  const error = mutation.error
    ? mutation.error instanceof ApiError
      ? mutation.error.message
      : 'The server could not be reached; the status was not saved.'
    : undefined;
  return (
    <Select
      label="Status"
      aria-label={`Status of “${item.title}”`}
      data={STATUSES}
      value={status}
      allowDeselect={false}
      onChange={(v) => v && v !== status && mutation.mutate(v as PlanStatus)}
      error={error}
      size="xs"
      w={150}
    />
  );
};
