/**
 * The new token's secret, shown this once (the server keeps only its hash): copy it now. The modal
 * does not close on a stray click outside it, so the secret is not lost by accident.
 */
import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import type { ApiTokenCreated } from './admin-api.ts';

export const TokenSecretModal = ({
  token,
  onClose,
}: {
  token: ApiTokenCreated | null;
  onClose: () => void;
}) => (
  <Modal
    opened={!!token}
    onClose={onClose}
    title="Copy the new token now"
    centered
    size="lg"
    closeOnClickOutside={false}
  >
    {token && (
      <Stack>
        <Alert color="orange" variant="light" title="Shown only this once">
          Trellis stores only a hash of this token: it cannot show it again. If it is lost, revoke it and
          create another. Anyone holding it acts as “{token.name}” with the role{' '}
          {token.role.replace('_', ' ')}.
        </Alert>
        <TextInput
          label="New API token"
          value={token.token}
          readOnly
          onFocus={(e) => e.currentTarget.select()}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          data-autofocus
        />
        <Text size="sm" c="dimmed">
          Send it as <Code>Authorization: Bearer …</Code> with each request to /api/v1.
        </Text>
        <Group justify="flex-end">
          <CopyButton value={token.token}>
            {({ copied, copy }) => (
              <Button variant={copied ? 'light' : 'filled'} onClick={copy}>
                {copied ? 'Copied' : 'Copy token'}
              </Button>
            )}
          </CopyButton>
          <Button variant="default" onClick={onClose}>
            Done
          </Button>
        </Group>
      </Stack>
    )}
  </Modal>
);
