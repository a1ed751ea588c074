/**
 * Evidence files behind the partner's evaluations: the list (evidence-table.tsx), and — for roles that may
 * (`evidence-files:upload`; a partner user for their own people) — an upload for one person. The
 * API checks type and size; its words are shown beside the field.
 */
import { Alert, Button, FileInput, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type UseQueryResult, useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api, type Page } from '../../api/client.ts';
import { useCan, useOrgPath } from '../../api/org-path.ts';
import { Empty, ErrorState, Loading } from '../../components/states.tsx';
import { EvidenceTable } from './evidence-table.tsx';
import { formatBytes } from './labels.ts';
import type { EvidenceFile, PersonRecord } from './partner-types.ts';
import { partnerKeys } from './use-partner-data.ts';

/** The file types POST /evidence-files accepts (docs/api.md, "Evidence files"); the server checks each file's first bytes. */
const ACCEPT = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/webp',
  'video/mp4',
  'video/webm',
  'application/zip',
  '.docx',
  '.xlsx',
  '.pptx',
  'text/plain',
  '.md',
  'text/csv',
  'application/json',
].join(',');

const UploadForm = ({ partner, people }: { partner: string; people: PersonRecord[] }) => {
  const org = useOrgPath();
  const qc = useQueryClient();
  const [person, setPerson] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: () => {
      const form = new FormData();
      // The person first, then the file: the server reads the parts in order.
      form.append('person', person ?? '');
      if (file) form.append('file', file, file.name);
      return api<EvidenceFile>(`${org}/evidence-files`, { method: 'POST', body: form });
    },
    onSuccess: async (f) => {
      setFile(null);
      await qc.invalidateQueries({ queryKey: partnerKeys.evidence(org, partner) });
      notifications.show({ color: 'trellis', message: `${f.filename} uploaded` });
    },
  });
  const err = upload.error instanceof ApiError ? upload.error : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    upload.mutate();
  };
  return (
    <form onSubmit={submit} aria-label="Upload evidence">
      <Stack gap="xs">
        <Title order={3} size="h5">
          Upload evidence
        </Title>
        {upload.isError && (
          <Alert color="red" role="alert" title="The file was not uploaded">
            {upload.error instanceof ApiError ? upload.error.message : 'The server could not be reached.'}
          </Alert>
        )}
        <Group align="flex-start" gap="sm" wrap="wrap">
          <Select
            label="Person"
            placeholder="Whose evidence is it?"
            data={people.map((p) => ({ value: p.external_id, label: `${p.name} (${p.role})` }))}
            value={person}
            onChange={setPerson}
            allowDeselect={false}
            searchable
            required
            w={260}
            error={err?.fieldError('person')}
          />
          <FileInput
            label="Evidence file"
            placeholder="Choose a file"
            accept={ACCEPT}
            value={file}
            onChange={setFile}
            clearable
            required
            w={300}
            error={err?.fieldError('file')}
          />
        </Group>
        <Text size="xs" c="dimmed">
          Accepted: PDF, image, video, ZIP, Office documents, text, Markdown, CSV or JSON — up to 25 MB unless
          your administrator set another limit.
        </Text>
        <Group>
          <Button type="submit" loading={upload.isPending} disabled={!person || !file}>
            Upload evidence
          </Button>
          {upload.isSuccess && (
            <Text size="sm" c="dimmed" role="status">
              Uploaded {upload.data.filename} ({formatBytes(upload.data.size)}).
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
};

export const EvidencePanel = ({
  partner,
  files,
  people,
}: {
  partner: string;
  files: UseQueryResult<Page<EvidenceFile>>;
  people: PersonRecord[];
}) => {
  const can = useCan();
  const names = new Map(people.map((p) => [p.external_id, p.name]));
  const list = () => {
    if (files.isPending) return <Loading label="Loading evidence…" />;
    if (files.isError) return <ErrorState error={files.error} title="Evidence files could not be loaded" />;
    if (files.data.items.length === 0)
      return (
        <Empty title="No evidence files yet">
          Demo recordings, solution designs and other artifacts uploaded for this partner’s people are listed
          here.
        </Empty>
      );
    return <EvidenceTable partner={partner} files={files.data.items} names={names} />;
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="evidence-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="evidence-heading">
          Evidence files
        </Title>
        {list()}
        {can('evidence-files:upload') && people.length > 0 && (
          <UploadForm partner={partner} people={people} />
        )}
      </Stack>
    </Paper>
  );
};
