/**
 * Edit one remediation item: owner, mentor, due date and status, each labelled, with the API's
 * reason beside the field it names. Only what changed is sent.
 */
import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import type { RemediationUpdate } from '@trellis/contracts';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { STATUS_LABELS } from './labels.ts';
import type { RemediationItem, RemediationStatus } from './partner-types.ts';
import type { useRemediationActions } from './use-remediation-actions.ts';

const STATUS_OPTIONS = (Object.keys(STATUS_LABELS) as RemediationStatus[]).map((s) => ({
  value: s,
  label: STATUS_LABELS[s],
}));

export const RemediationEdit = ({
  item,
  update,
  onClose,
}: {
  item: RemediationItem;
  update: ReturnType<typeof useRemediationActions>['update'];
  onClose: () => void;
}) => {
  const [owner, setOwner] = useState(item.owner ?? '');
  const [mentor, setMentor] = useState(item.mentor ?? '');
  const [dueOn, setDueOn] = useState(item.dueOn);
  const [status, setStatus] = useState<RemediationStatus>(item.status);
  const err = update.error instanceof ApiError ? update.error : undefined;
  const changes: RemediationUpdate = {};
  if (owner.trim() !== (item.owner ?? '')) changes.owner = owner.trim();
  if (mentor.trim() !== (item.mentor ?? '')) changes.mentor = mentor.trim();
  if (dueOn !== item.dueOn) changes.dueOn = dueOn;
  if (status !== item.status) changes.status = status;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate({ id: item.id, changes }, { onSuccess: onClose });
  };
  return (
    <Modal opened onClose={onClose} title={`Edit remediation item #${item.id}`} size="lg">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Text size="sm">{item.gap}</Text>
          <Text size="sm" c="dimmed">
            {item.action}
          </Text>
          {update.isError && (
            <Alert color="red" role="alert" title="The item was not saved">
              {err?.message ?? 'The server could not be reached.'}
            </Alert>
          )}
          <Group grow align="flex-start">
            <TextInput
              label="Owner"
              required
              value={owner}
              onChange={(e) => setOwner(e.currentTarget.value)}
              error={err?.fieldError('owner')}
              maxLength={200}
            />
            <TextInput
              label="Mentor"
              required
              value={mentor}
              onChange={(e) => setMentor(e.currentTarget.value)}
              error={err?.fieldError('mentor')}
              maxLength={200}
            />
          </Group>
          <Group grow align="flex-start">
            <TextInput
              label="Due date"
              type="date"
              required
              value={dueOn}
              onChange={(e) => setDueOn(e.currentTarget.value)}
              error={err?.fieldError('dueOn')}
            />
            <Select
              label="Status"
              data={STATUS_OPTIONS}
              value={status}
              onChange={(v) => v && setStatus(v as RemediationStatus)}
              allowDeselect={false}
              error={err?.fieldError('status')}
            />
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={update.isPending} disabled={Object.keys(changes).length === 0}>
              Save item
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
