/**
 * How the file's columns become the record kind's: a shipped preset, a saved mapping, or the
 * proposed mapping as YAML to edit (docs/import-format.md, "Mapping files") — and saving it by name
 * so the next export of the same shape imports without editing.
 */
import { Alert, Button, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import { useOrgPath } from '../../api/org-path.ts';
import { isMissingRoute, ProblemAlert } from '../../components/problem-alert.tsx';
import { MAPPINGS_KEY, type Preset, usePresets, useSavedMappings } from './import-api.ts';

export interface MappingChoice {
  /** A shipped preset's name: the import sends `?preset=` and no YAML. */
  preset: string | null;
  /** The saved mapping loaded into the editor, if any, and its text as saved. */
  saved: string | null;
  savedYaml?: string;
  yaml: string;
}

interface Props {
  value: MappingChoice;
  onChange: (next: MappingChoice, kind?: string) => void;
  /** Why the chosen preset was chosen for the user ("This looks like a … export"), if it was. */
  chosenBecause?: string;
}

/** Presets grouped by the record kind they read, as Select groups, named by what they read. */
const presetGroups = (items: Preset[]) =>
  [...new Set(items.map((p) => p.entity))].map((entity) => ({
    group: entity,
    items: items
      .filter((p) => p.entity === entity)
      .map((p) => ({ value: p.name, label: p.title ? `${p.title} (${p.name})` : p.name })),
  }));

const unavailable = (error: unknown) =>
  isMissingRoute(error) ? 'not available on this server yet' : 'could not be loaded';

export const MappingEditor = ({ value, onChange, chosenBecause }: Props) => {
  const org = useOrgPath();
  const qc = useQueryClient();
  const presets = usePresets();
  const saved = useSavedMappings();
  const [name, setName] = useState('');
  const preset = presets.data?.items.find((p) => p.name === value.preset);

  const save = useMutation({
    mutationFn: () =>
      api(`${org}/mappings/${encodeURIComponent(name.trim())}`, {
        method: 'PUT',
        body: { yaml: value.yaml },
      }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: MAPPINGS_KEY });
      onChange({ ...value, saved: name.trim(), savedYaml: value.yaml });
      notifications.show({ message: `Mapping “${name.trim()}” saved`, color: 'trellis' });
    },
  });
  const remove = useMutation({
    mutationFn: (n: string) => api(`${org}/mappings/${encodeURIComponent(n)}`, { method: 'DELETE' }),
    onSuccess: async (_, n) => {
      await qc.invalidateQueries({ queryKey: MAPPINGS_KEY });
      onChange({ ...value, saved: null });
      notifications.show({ message: `Mapping “${n}” deleted`, color: 'trellis' });
    },
  });
  const saveError = save.error instanceof ApiError ? save.error : undefined;

  return (
    <Stack gap="sm">
      <Group grow align="flex-start" wrap="wrap">
        <Select
          label="Preset"
          description={
            presets.isError
              ? `Presets ${unavailable(presets.error)}`
              : 'A shipped mapping for a common export'
          }
          placeholder={presets.isPending ? 'Loading…' : 'None'}
          data={presetGroups(presets.data?.items ?? [])}
          value={value.preset}
          onChange={(p) => {
            const chosen = presets.data?.items.find((x) => x.name === p);
            onChange({ ...value, preset: p, saved: null }, chosen?.entity);
          }}
          clearable
          clearButtonProps={{ 'aria-label': 'Clear the preset' }}
          searchable
          disabled={!presets.data?.items.length}
          miw={220}
        />
        <Group gap="xs" align="flex-end" wrap="nowrap" miw={260}>
          <Select
            label="Saved mapping"
            description={
              saved.isError
                ? `Saved mappings ${unavailable(saved.error)}`
                : 'One you saved for this kind of export'
            }
            placeholder={saved.isPending ? 'Loading…' : saved.data?.items.length ? 'None' : 'None saved yet'}
            data={(saved.data?.items ?? []).map((m) => ({ value: m.name, label: `${m.name} (${m.entity})` }))}
            value={value.saved}
            onChange={(n) => {
              const m = saved.data?.items.find((x) => x.name === n);
              onChange(
                m ? { preset: null, saved: m.name, yaml: m.yaml } : { ...value, saved: null },
                m?.entity,
              );
            }}
            clearable
            searchable
            disabled={!saved.data?.items.length}
            style={{ flex: 1 }}
          />
          {value.saved && (
            <Button
              variant="subtle"
              color="red"
              onClick={() => value.saved && remove.mutate(value.saved)}
              loading={remove.isPending}
              aria-label={`Delete saved mapping ${value.saved}`}
            >
              Delete
            </Button>
          )}
        </Group>
      </Group>

      {preset ? (
        <Alert
          color="trellis"
          variant="light"
          title={`Preset ${preset.title ?? preset.name} reads ${preset.entity}`}
        >
          {chosenBecause && (
            <Text size="sm" fw={600} mb={4}>
              Chosen for you — {chosenBecause.replace(/:.*$/, '')}: the file's header has the columns it
              reads.
            </Text>
          )}
          <Text size="sm">{preset.description}</Text>
          <Text size="sm" mt={4}>
            Columns it reads: {preset.columns.join(', ')}
          </Text>
        </Alert>
      ) : (
        <Textarea
          label="Mapping (YAML)"
          description="Proposed from the file's header and sample values: check the guesses in the comments and edit. Leave it empty when the file already has Trellis's own columns."
          value={value.yaml}
          onChange={(e) => onChange({ ...value, yaml: e.currentTarget.value })}
          autosize
          minRows={6}
          maxRows={22}
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
        />
      )}
      {remove.isError && <ProblemAlert error={remove.error} title="The mapping could not be deleted" />}

      {!preset && (
        <Group align="flex-end" gap="xs" wrap="wrap">
          <TextInput
            label="Mapping name"
            description="Letters, digits, spaces, _ . -"
            placeholder="e.g. crm-deals"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={saveError?.fieldError('params.name')}
            w={280}
          />
          <Button
            variant="default"
            onClick={() => save.mutate()}
            loading={save.isPending}
            disabled={!name.trim() || !value.yaml.trim()}
          >
            Save mapping
          </Button>
        </Group>
      )}
      {save.isError && <ProblemAlert error={save.error} title="The mapping was not saved" />}
    </Stack>
  );
};
