/**
 * A finished import: what changed (or, for a dry run, what would), how the file was read, notices,
 * and — when records changed — the offer to re-score and re-assess.
 */
import { Alert, Group, List, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { count, counted } from '../../components/dates.ts';
import { AfterImport } from './after-import.tsx';
import type { ImportResult } from './import-api.ts';

const Figure = ({ value, label }: { value: number; label: string }) => (
  <Paper withBorder p="sm" radius="sm">
    <Text fz={28} fw={650} lh={1.1} style={{ fontVariantNumeric: 'tabular-nums' }}>
      {count(value)}
    </Text>
    <Text size="sm" c="dimmed">
      {label}
    </Text>
  </Paper>
);

export const ImportOutcome = ({ result }: { result: ImportResult }) => {
  const dry = !!result.dryRun;
  const changes = result.inserted + result.updated;
  return (
    <Stack gap="sm">
      <Alert color="trellis" variant="light" title={dry ? 'Dry run passed: no problems' : 'Imported'}>
        {dry
          ? `All ${counted(result.rows, 'row')} pass every check; nothing was written. ${
              changes
                ? 'Press Import to write them.'
                : 'Importing would change nothing: every row is already in.'
            }`
          : `${counted(result.rows, 'row')} read; ${
              changes
                ? `${counted(changes, 'record')} written.`
                : 'nothing changed: every row was already in.'
            }`}
      </Alert>
      <SimpleGrid cols={3} spacing="sm">
        <Figure value={result.inserted} label={dry ? 'would be inserted' : 'inserted'} />
        <Figure value={result.updated} label={dry ? 'would be updated' : 'updated'} />
        <Figure value={result.unchanged} label="unchanged" />
      </SimpleGrid>
      {(result.encoding || result.delimiter) && (
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            Read as {result.encoding ?? 'text'}
            {result.delimiter
              ? `, separated by “${result.delimiter === '\t' ? 'tab' : result.delimiter}”`
              : ''}
            .
          </Text>
        </Group>
      )}
      {!dry && <AfterImport changed={changes} />}
      {result.notices && result.notices.length > 0 && (
        <List size="sm" spacing={2} aria-label="Notices">
          {result.notices.map((n) => (
            <List.Item key={n}>{n}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
};
