/** Changing a member's role (and, for a partner user, their partner). */
import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
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

export const MemberEdit = ({ member, onClose }: { member: Member; onClose: () => void }) => {
  const org = useOrgPath();
  const qc = useQueryClient();
  const { org: mine } = useSession();
  const [role, setRole] = useState<Role>(member.role);
  const [partner, setPartner] = useState<string | null>(member.partner);
  const save = useMutation({
    mutationFn: () =>
      api<Member>(`${org}/members/${encodeURIComponent(member.userId)}`, {
        method: 'PATCH',
        body: { role, ...(role === 'partner' && partner ? { partner } : {}) },
      }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: MEMBERS_KEY });
      void qc.invalidateQueries({ queryKey: AUDIT_KEY });
      notifications.show({
        message: `${member.name || member.email} is now ${role.replace('_', ' ')}`,
        color: 'trellis',
      });
      onClose();
    },
  });
  const err = save.error instanceof ApiError ? save.error : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  // An owner's role can be shown to an admin, who may not grant it: keep it in the list to show it.
  const options = roleOptions(mine.role);
  const data = options.some((o) => o.value === member.role)
    ? options
    : [{ value: member.role, label: member.role }, ...options];
  return (
    <Modal opened onClose={onClose} title={`Change the role of ${member.name || member.email}`} centered>
      <form onSubmit={submit}>
        <Stack>
          <Text size="sm" c="dimmed">
            {member.email}
          </Text>
          <Select
            label="Role"
            data={data}
            value={role}
            onChange={(r) => r && setRole(r as Role)}
            allowDeselect={false}
            error={err?.fieldError('role')}
            data-autofocus
          />
          {role === 'partner' && (
            <PartnerSelect value={partner} onChange={setPartner} error={err?.fieldError('partner')} />
          )}
          {save.isError && <ProblemAlert error={save.error} title="The role was not changed" />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              loading={save.isPending}
              disabled={role === member.role && partner === member.partner}
            >
              Save role
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
