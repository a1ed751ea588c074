/**
 * The partner's evidence files: a download link each and, for roles that may
 * (`evidence-files:delete`), a delete after a question. A file is addressed by its partner and
 * sha256: the same bytes may be stored for another partner too (docs/api.md, "Evidence files").
 */
import { Anchor, Button, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formatDate } from '@trellis/contracts';
import { useState } from 'react';
import { API, api } from '../../api/client.ts';
import { useCan, useOrgPath } from '../../api/org-path.ts';
import { ConfirmModal } from '../../components/confirm-modal.tsx';
import { formatBytes } from './labels.ts';
import type { EvidenceFile } from './partner-types.ts';
import { partnerKeys } from './use-partner-data.ts';

const filePath = (org: string, f: EvidenceFile) =>
  `${org}/partners/${encodeURIComponent(f.partner)}/evidence-files/${f.sha256}`;

export const EvidenceTable = ({
  partner,
  files,
  names,
}: {
  partner: string;
  files: EvidenceFile[];
  names: Map<string, string>;
}) => {
  const can = useCan();
  const org = useOrgPath();
  const qc = useQueryClient();
  const [deleting, setDeleting] = useState<EvidenceFile | null>(null);
  const remove = useMutation({
    mutationFn: (f: EvidenceFile) => api(filePath(org, f), { method: 'DELETE' }),
    onSuccess: async (_, f) => {
      await qc.invalidateQueries({ queryKey: partnerKeys.evidence(org, partner) });
      notifications.show({ color: 'trellis', message: `${f.filename} deleted` });
      setDeleting(null);
    },
  });
  const mayDelete = can('evidence-files:delete');
  return (
    <>
      <Table.ScrollContainer minWidth={560}>
        <Table className="trellis-table" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>File</Table.Th>
              <Table.Th>Person</Table.Th>
              <Table.Th className="num">Size</Table.Th>
              <Table.Th>Uploaded</Table.Th>
              {mayDelete && <Table.Th>Actions</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {files.map((f) => (
              <Table.Tr key={`${f.partner}-${f.sha256}`}>
                <Table.Td>
                  <Anchor href={`${API}${filePath(org, f)}`} download={f.filename}>
                    {f.filename}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {f.contentType}
                  </Text>
                </Table.Td>
                <Table.Td>{f.person ? (names.get(f.person) ?? f.person) : '—'}</Table.Td>
                <Table.Td className="num">{formatBytes(f.size)}</Table.Td>
                <Table.Td>
                  {formatDate(f.uploadedAt)}
                  <Text size="xs" c="dimmed">
                    by {f.uploadedBy}
                  </Text>
                </Table.Td>
                {mayDelete && (
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      onClick={() => {
                        remove.reset();
                        setDeleting(f);
                      }}
                      aria-label={`Delete ${f.filename}`}
                    >
                      Delete
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmModal
        opened={!!deleting}
        title={`Delete “${deleting?.filename ?? ''}”?`}
        confirm="Delete file"
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(null)}
        pending={remove.isPending}
        error={remove.error}
      >
        The file is no longer listed or downloadable for this partner. This cannot be undone.
      </ConfirmModal>
    </>
  );
};
