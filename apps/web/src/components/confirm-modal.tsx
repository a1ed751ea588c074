/** A yes/no question before an irreversible change (removing a member, revoking a token), with its error. */
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ProblemAlert } from './problem-alert.tsx';

export const ConfirmModal = ({
  opened,
  title,
  children,
  confirm,
  onConfirm,
  onClose,
  pending,
  error,
}: {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirm: string;
  onConfirm: () => void;
  onClose: () => void;
  pending: boolean;
  error: unknown;
}) => (
  <Modal opened={opened} onClose={onClose} title={title} centered>
    <Stack>
      <Text size="sm">{children}</Text>
      {error ? <ProblemAlert error={error} title="That did not work" /> : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button color="red" onClick={onConfirm} loading={pending}>
          {confirm}
        </Button>
      </Group>
    </Stack>
  </Modal>
);
