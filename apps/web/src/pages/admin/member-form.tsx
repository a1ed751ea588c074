/**
 * Adding a member: an existing account by email, or a new one with an initial password; a partner
 * user is bound to one partner. The API's words appear beside the field they concern.
 */
import { Button, Group, Modal, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import { useOrgPath } from '../../api/org-path.ts';
import { type Role, useSession } from '../../api/session.tsx';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { AUDIT_KEY, MEMBERS_KEY, type Member } from './admin-api.ts';
import { PartnerSelect } from './partner-select.tsx';
import { roleOptions } from './roles.ts';

const EMPTY = { email: '', name: '', role: 'viewer' as Role, partner: null as string | null, password: '' };

export const MemberForm = ({ opened, onClose }: { opened: boolean; onClose: () => void }) => {
  const org = useOrgPath();
  const qc = useQueryClient();
  const { org: mine } = useSession();
  const [form, setForm] = useState(EMPTY);
  const add = useMutation({
    mutationFn: () =>
      api<Member>(`${org}/members`, {
        method: 'POST',
        body: {
          email: form.email.trim(),
          ...(form.name.trim() ? { name: form.name.trim() } : {}),
          role: form.role,
          ...(form.role === 'partner' && form.partner ? { partner: form.partner } : {}),
          ...(form.password ? { password: form.password } : {}),
        },
      }),
    onSuccess: async (m) => {
      await qc.invalidateQueries({ queryKey: MEMBERS_KEY });
      void qc.invalidateQueries({ queryKey: AUDIT_KEY });
      notifications.show({
        message: `${m.name || m.email} added as ${m.role.replace('_', ' ')}`,
        color: 'trellis',
      });
      setForm(EMPTY);
      add.reset();
      onClose();
    },
  });
  const err = add.error instanceof ApiError ? add.error : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Add a member" centered size="lg">
      <form onSubmit={submit}>
        <Stack>
          <TextInput
            label="Email"
            type="email"
            required
            autoComplete="off"
            value={form.email}
            onChange={(e) => setForm({ ...form, email: e.currentTarget.value })}
            error={err?.fieldError('email')}
            data-autofocus
          />
          <TextInput
            label="Name"
            description="For a new account; an existing one keeps its name"
            value={form.name}
            onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
            error={err?.fieldError('name')}
          />
          <Select
            label="Role"
            required
            data={roleOptions(mine.role)}
            value={form.role}
            onChange={(r) => r && setForm({ ...form, role: r as Role })}
            allowDeselect={false}
            error={err?.fieldError('role')}
          />
          {form.role === 'partner' && (
            <PartnerSelect
              value={form.partner}
              onChange={(p) => setForm({ ...form, partner: p })}
              error={err?.fieldError('partner')}
            />
          )}
          <PasswordInput
            label="Initial password"
            description="Only when the email has no account yet: at least 10 characters. Pass it on safely; they can change it."
            autoComplete="new-password"
            value={form.password}
            onChange={(e) => setForm({ ...form, password: e.currentTarget.value })}
            error={err?.fieldError('password')}
          />
          {add.isError && <ProblemAlert error={add.error} title="The member was not added" />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={add.isPending}>
              Add member
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
