/**
 * Finalise the assessment (owners, admins, program managers): a confirmation first, because it
 * cannot be undone — afterwards every score is fixed and the API answers 409 to changes.
 */
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { type Assessment, useFinalize } from './use-assessment.ts';

export const FinalizeButton = ({ assessment, meta }: { assessment: string; meta: Assessment }) => {
  const [opened, { open, close }] = useDisclosure(false);
  const finalize = useFinalize(assessment);
  const confirm = () =>
    finalize.mutate(undefined, {
      onSuccess: () => {
        close();
        notifications.show({
          title: `Assessment #${meta.number} is final`,
          message: 'Its scores can no longer change.',
        });
      },
    });
  return (
    <>
      <Button variant="default" onClick={open}>
        Finalise assessment
      </Button>
      <Modal opened={opened} onClose={close} title={`Finalise assessment #${meta.number}?`} centered>
        <Stack>
          <Text size="sm">
            Finalising fixes every score and reason as they are now. No one can override or withdraw a score
            afterwards; a later review needs a new assessment.
          </Text>
          {finalize.isError && (
            <Alert color="red" role="alert">
              {finalize.error.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button onClick={confirm} loading={finalize.isPending}>
              Finalise
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
};
