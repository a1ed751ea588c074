/**
 * Bringing a file in: choose it and its record kind, see how the server reads it, choose or edit
 * the mapping, then a dry run (every check, nothing written) and the import. Both start a job; the
 * page shows it from `?job=`. The kind and preset live in the URL (`?kind=`, `?preset=`) so a link
 * can open the page ready for a given export; the file itself cannot.
 */
import { Alert, Button, FileInput, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, qs } from '../../api/client.ts';
import { useOrgPath } from '../../api/org-path.ts';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { DetectedFormat } from './detected-format.tsx';
import { INFER_BYTES, isXlsx, JOBS_KEY, type Job, useInfer } from './import-api.ts';
import { type MappingChoice, MappingEditor } from './mapping-editor.tsx';
import { isRecordKind, KIND_INFO, KIND_OPTIONS } from './record-kinds.ts';

const DATE_FORMATS = [
  { value: 'M/D/YYYY', label: 'M/D/YYYY (US: 3/15/2026)' },
  { value: 'DD.MM.YYYY', label: 'DD.MM.YYYY (day first: 15.03.2026)' },
];

/** The usual formats, and the file's own when it writes dates another way (DD/MM/YYYY). */
const dateFormatOptions = (detected: string | undefined) =>
  detected && !DATE_FORMATS.some((f) => f.value === detected)
    ? [...DATE_FORMATS, { value: detected, label: `${detected} (as this file writes dates)` }]
    : DATE_FORMATS;

export const UploadPanel = ({ onJob }: { onJob: (id: string) => void }) => {
  const org = useOrgPath();
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  const kindParam = params.get('kind');
  const chosenKind = isRecordKind(kindParam) ? kindParam : null;
  const [file, setFile] = useState<File | null>(null);
  const [sheet, setSheet] = useState('');
  const [dateFormat, setDateFormat] = useState<string | null>(null);
  const [mapping, setMapping] = useState<MappingChoice>({
    preset: params.get('preset'),
    saved: null,
    yaml: '',
  });
  // The worksheet name is typed: detect again once the typing pauses, not on every key.
  const [sheetToRead] = useDebouncedValue(sheet, 500);
  const infer = useInfer(file, chosenKind, sheetToRead);
  const kind = chosenKind ?? (isRecordKind(infer.data?.entity) ? infer.data.entity : null);

  // A new proposal (another file, another kind) replaces the YAML unless a preset or saved mapping
  // is chosen; a file whose header a shipped preset reads gets that preset chosen (and the date
  // format the file's dates need with it), unless the user chose a mapping already.
  const inferred = infer.data;
  const proposal = inferred?.yaml;
  const proposed = inferred?.preset ?? null;
  // Each proposal is applied once (clearing the chosen preset must not bring it back); a preset or
  // date format chosen for the previous file gives way to the next file's, ones the user chose do not.
  const applied = useRef<unknown>(null);
  const autoPreset = useRef<string | null>(null);
  const autoDate = useRef<string | null>(null);
  const current = useRef({ mapping, dateFormat });
  current.current = { mapping, dateFormat };
  useEffect(() => {
    if (!inferred || applied.current === inferred) return;
    applied.current = inferred;
    const { mapping: m, dateFormat: d } = current.current;
    const ours = !m.saved && (!m.preset || m.preset === autoPreset.current);
    const preset = ours ? (inferred.preset ?? null) : null;
    if (d === null || d === autoDate.current) {
      autoDate.current = preset?.dateFormat ?? null;
      setDateFormat(autoDate.current);
    }
    if (!ours) return;
    autoPreset.current = preset?.name ?? null;
    setMapping({ ...m, preset: autoPreset.current, yaml: inferred.yaml });
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        preset ? next.set('preset', preset.name) : next.delete('preset');
        return next;
      },
      { replace: true },
    );
  }, [inferred, setParams]);

  const setUrl = (changes: Record<string, string | null>) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        for (const [k, v] of Object.entries(changes)) v ? next.set(k, v) : next.delete(k);
        return next;
      },
      { replace: true },
    );

  const chooseMapping = (next: MappingChoice, nextKind?: string) => {
    // Leaving a preset or a saved mapping brings the file's own proposal back into the editor.
    const back = !next.preset && !next.saved && (mapping.preset || mapping.saved);
    setMapping(back && proposal !== undefined ? { ...next, yaml: proposal } : next);
    setUrl({ preset: next.preset, ...(nextKind && isRecordKind(nextKind) ? { kind: nextKind } : {}) });
  };

  const run = useMutation({
    mutationFn: (dryRun: boolean) => {
      // One mapping: a preset by name, a saved mapping by name while unedited (the audit log then
      // names it), else the editor's YAML as the multipart field; none when the editor is empty.
      const savedAsIs = !mapping.preset && mapping.saved && mapping.yaml === mapping.savedYaml;
      const form = new FormData();
      if (!mapping.preset && !savedAsIs && mapping.yaml.trim()) form.append('mapping', mapping.yaml);
      form.append('file', file!, file!.name);
      const query = qs({
        dryRun: String(dryRun),
        preset: mapping.preset,
        mapping: savedAsIs ? mapping.saved : undefined,
        dateFormat,
        sheet: sheet || undefined,
      });
      return api<Job>(`${org}/imports/${kind}${query}`, { method: 'POST', body: form });
    },
    onSuccess: (job) => {
      onJob(job.id);
      void qc.invalidateQueries({ queryKey: JOBS_KEY });
    },
  });

  const ready = !!file && !!kind;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="import-heading">
      <Stack gap="md">
        <Title order={2} size="h3" id="import-heading">
          Import a file
        </Title>
        <Group grow align="flex-start" wrap="wrap">
          <FileInput
            label="File"
            description="A CSV or Excel (.xlsx) export"
            placeholder="Choose a file…"
            accept=".csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            value={file}
            onChange={(f) => {
              setFile(f);
              setSheet('');
              run.reset();
            }}
            clearable
            clearButtonProps={{ 'aria-label': 'Clear the file' }}
            miw={240}
          />
          <Select
            label="Record kind"
            description={
              chosenKind
                ? KIND_INFO[chosenKind].about
                : kind
                  ? 'Detected from the header; change it if it is wrong'
                  : 'Only partners are required; import them first'
            }
            placeholder="Choose…"
            data={KIND_OPTIONS}
            value={kind}
            onChange={(k) => {
              setUrl({ kind: k, preset: null });
              setMapping((m) => ({ ...m, preset: null, saved: null }));
            }}
            allowDeselect={false}
            miw={240}
          />
        </Group>

        {file ? (
          <>
            <Title order={3} size="h5">
              What the file looks like
            </Title>
            {isXlsx(file) && (
              <TextInput
                label="Worksheet"
                description="Empty: the first sheet"
                value={sheet}
                onChange={(e) => setSheet(e.currentTarget.value)}
                w={280}
              />
            )}
            <DetectedFormat infer={infer} partial={!isXlsx(file) && file.size > INFER_BYTES} />

            <Title order={3} size="h5">
              How its columns map
            </Title>
            {proposed && mapping.preset !== proposed.name && (
              <Alert color="trellis" variant="light" title={proposed.message}>
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => {
                    // As if chosen for the file: the next file's proposal may replace them.
                    autoPreset.current = proposed.name;
                    chooseMapping(
                      { preset: proposed.name, saved: null, yaml: mapping.yaml },
                      proposed.entity,
                    );
                    if (proposed.dateFormat) {
                      autoDate.current = proposed.dateFormat;
                      setDateFormat(proposed.dateFormat);
                    }
                  }}
                >
                  Use the {proposed.title} preset
                </Button>
              </Alert>
            )}
            <MappingEditor
              value={mapping}
              onChange={chooseMapping}
              chosenBecause={proposed && mapping.preset === proposed.name ? proposed.message : undefined}
            />

            <Title order={3} size="h5">
              Check, then import
            </Title>
            <Group align="flex-end" gap="sm" wrap="wrap">
              <Select
                label="Date format"
                description={
                  inferred?.dates
                    ? `This file writes dates ${inferred.dates.format}${inferred.dates.basis === 'assumed' ? ' (assumed: every date reads either way)' : ''}`
                    : 'For dates written with / or .'
                }
                placeholder={mapping.preset ? "The preset's" : 'As in the file (YYYY-MM-DD)'}
                data={dateFormatOptions(inferred?.dates?.format)}
                value={dateFormat}
                onChange={setDateFormat}
                clearable
                w={280}
              />
              <Button
                variant="default"
                onClick={() => run.mutate(true)}
                disabled={!ready}
                loading={run.isPending && run.variables === true}
              >
                Dry run
              </Button>
              <Button
                onClick={() => run.mutate(false)}
                disabled={!ready}
                loading={run.isPending && run.variables === false}
              >
                Import
              </Button>
            </Group>
            <Text size="sm" c="dimmed">
              {kind
                ? `A dry run checks every row of ${file.name} as ${kind} and counts what would change, writing nothing. An import is all or nothing: one bad row and nothing is written.`
                : 'Choose the record kind to check or import the file.'}
            </Text>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            Choose an export: Trellis detects its encoding, separator and record kind, and proposes how its
            columns map. Presets read Salesforce, HubSpot and PSA exports as they come.
          </Text>
        )}
        {run.isError && <ProblemAlert error={run.error} title="The import was not started" />}
      </Stack>
    </Paper>
  );
};
