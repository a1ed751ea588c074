/**
 * A plan item's status: a select for roles that may score the assessment (`assessments:score`)
 * while it is a draft, a badge otherwise. The change shows at once and on refusal goes back with the
 * API's words beside it (use-plan-item.ts).
 */
import { Badge, Select } from '@mantine/core';
import { ApiError } from '../../api/client.ts';
import { useCan } from '../../api/org-path.ts';
import type { PlanItem, PlanStatus } from './dashboard-data.ts';
import { usePlanItemChange } from './use-plan-item.ts';

const STATUSES: { value: PlanStatus; label: string }[] = [
  { value: 'todo', label: 'To do' },
  { value: 'in_progress', label: 'In progress' },
  { value: 'done', label: 'Done' },
];

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
  const status = item.status ?? 'todo';
  const mutation = usePlanItemChange(number, item);
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
      onChange={(v) => v && v !== status && mutation.mutate({ status: v as PlanStatus })}
      error={error}
      size="xs"
      w={150}
    />
  );
};
