/** What the server read from the chosen file: encoding, delimiter, the header and the first rows. */
import { Badge, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { counted } from '../../components/dates.ts';
import { isMissingRoute, ProblemAlert } from '../../components/problem-alert.tsx';
import { Loading } from '../../components/states.tsx';
import type { Inferred } from './import-api.ts';

const DELIMITERS: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

const delimiterName = (d: string) => (DELIMITERS[d] ? `${DELIMITERS[d]} (${d === '\t' ? '⇥' : d})` : d);

export const DetectedFormat = ({ infer, partial }: { infer: UseQueryResult<Inferred>; partial: boolean }) => {
  if (infer.isPending) return <Loading label="Reading the file…" />;
  if (infer.isError)
    return (
      <Stack gap="xs">
        <ProblemAlert error={infer.error} title="The file's format could not be detected" />
        <Text size="sm" c="dimmed">
          {isMissingRoute(infer.error)
            ? 'This server does not detect formats yet. '
            : 'Check that it is a CSV or an Excel workbook. '}
          You can still choose the record kind and run a dry run: a file with Trellis's own columns needs no
          mapping.
        </Text>
      </Stack>
    );
  const d = infer.data;
  const sample = d.sample.slice(0, 5);
  return (
    <Stack gap="sm">
      <Group gap="xs" wrap="wrap">
        <Text size="sm">Read as</Text>
        <Badge variant="light" tt="none" radius="sm">
          {d.encoding}
        </Badge>
        {d.delimiter && (
          <Badge variant="light" tt="none" radius="sm">
            {delimiterName(d.delimiter)}
          </Badge>
        )}
        <Badge variant="light" tt="none" radius="sm">
          {counted(d.header.length, 'column')}
        </Badge>
        <Text size="sm">
          — looks like <b>{d.entity}</b>
          {partial ? ' (judged from the start of the file)' : ''}
        </Text>
      </Group>
      <Title order={4} size="h6">
        Header and first {counted(sample.length, 'row')}
      </Title>
      {/* Scrolls both ways: focusable, so the keyboard can scroll it too. */}
      <Table.ScrollContainer
        type="native"
        minWidth={Math.max(480, d.header.length * 110)}
        maxHeight={260}
        tabIndex={0}
        role="region"
        aria-label="The file's header and first rows"
      >
        <Table className="trellis-table" striped withTableBorder fz="xs">
          <Table.Thead>
            <Table.Tr>
              {d.header.map((h, i) => (
                // Header names may repeat in a raw export; the position keeps keys apart.
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                <Table.Th key={i}>{h}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sample.map((row, r) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: sample rows are positional
              <Table.Tr key={r}>
                {d.header.map((_, c) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                  <Table.Td key={c}>{row[c] ?? ''}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {d.notes.length > 0 && (
        <List size="sm" spacing={2} aria-label="What the detection noticed">
          {d.notes.map((n) => (
            <List.Item key={n}>{n}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
};
