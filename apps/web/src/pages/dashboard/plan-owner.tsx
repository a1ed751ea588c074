/**
 * Who carries a plan item: a text field for roles that may score the assessment while it is a
 * draft (saved when the field is left or Enter is pressed, as PATCH …/plan/:action `{ owner }`; an
 * empty field clears it), plain text otherwise. The API's words show beside the field on refusal.
 */
import { Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { useCan } from '../../api/org-path.ts';
import type { PlanItem } from './dashboard-data.ts';
import { usePlanItemChange } from './use-plan-item.ts';

export const PlanOwnerControl = ({
  number,
  item,
  final,
}: {
  number: number;
  item: PlanItem;
  final: boolean;
}) => {
  const can = useCan();
  const saved = item.owner ?? '';
  const [value, setValue] = useState(saved);
  useEffect(() => setValue(saved), [saved]);
  const mutation = usePlanItemChange(number, item);
  if (!can('assessments:score') || final)
    return (
      <Text size="xs" c={saved ? undefined : 'dimmed'}>
        {saved ? `Owner: ${saved}` : 'No owner named'}
      </Text>
    );
  const save = () => {
    const next = value.trim();
    if (next !== saved) mutation.mutate({ owner: next === '' ? null : next });
  };
  return (
    <TextInput
      label="Owner"
      aria-label={`Owner of “${item.title}”`}
      placeholder="Name someone"
      size="xs"
      w={150}
      maxLength={100}
      value={value}
      onChange={(e) => setValue(e.currentTarget.value)}
      onBlur={save}
      onKeyDown={(e) => e.key === 'Enter' && save()}
      error={
        mutation.error
          ? mutation.error instanceof ApiError
            ? mutation.error.message
            : 'Not saved: the server could not be reached.'
          : undefined
      }
    />
  );
};
