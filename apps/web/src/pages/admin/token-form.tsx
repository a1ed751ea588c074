/** Creating an API token for one role of this org (a partner token: one partner); its secret follows once. */
import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import { useOrgPath } from '../../api/org-path.ts';
import { type Role, useSession } from '../../api/session.tsx';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { type ApiTokenCreated, AUDIT_KEY, TOKENS_KEY } from './admin-api.ts';
import { PartnerSelect } from './partner-select.tsx';
import { roleOptions } from './roles.ts';

export const TokenForm = ({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (t: ApiTokenCreated) => void;
}) => {
  const org = useOrgPath();
  const qc = useQueryClient();
  const { org: mine } = useSession();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [partner, setPartner] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () =>
      api<ApiTokenCreated>(`${org}/api-tokens`, {
        method: 'POST',
        body: { name: name.trim(), role, ...(role === 'partner' && partner ? { partner } : {}) },
      }),
    onSuccess: async (t) => {
      await qc.invalidateQueries({ queryKey: TOKENS_KEY });
      void qc.invalidateQueries({ queryKey: AUDIT_KEY });
      setName('');
      setRole('viewer');
      setPartner(null);
      create.reset();
      onCreated(t);
    },
  });
  const err = create.error instanceof ApiError ? create.error : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Create an API token" centered size="lg">
      <form onSubmit={submit}>
        <Stack>
          <TextInput
            label="Token name"
            description="What uses it, e.g. “nightly CRM sync”"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={err?.fieldError('name')}
            data-autofocus
          />
          <Select
            label="Role"
            description="The token can do what this role may do, in this org only"
            required
            data={roleOptions(mine.role)}
            value={role}
            onChange={(r) => r && setRole(r as Role)}
            allowDeselect={false}
            error={err?.fieldError('role')}
          />
          {role === 'partner' && (
            <PartnerSelect value={partner} onChange={setPartner} error={err?.fieldError('partner')} />
          )}
          {create.isError && <ProblemAlert error={create.error} title="The token was not created" />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending} disabled={!name.trim()}>
              Create token
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
