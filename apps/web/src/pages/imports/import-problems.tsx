/**
 * Why a file was refused: the problems grouped by column, most first — how many rows, what the bad
 * values look like and on which lines, and the fix they point to (docs/import-format.md,
 * "Guarantees" 2). A header problem (a missing or unknown column) has no grouping: its issues are
 * listed as they are.
 */
import { Alert, Code, Stack, Table, Text } from '@mantine/core';
import type { ColumnProblems, Issue, JobError } from '@trellis/contracts';
import { count, counted } from '../../components/dates.ts';

const Example = ({ e }: { e: Issue }) => (
  <div style={{ whiteSpace: 'nowrap' }}>
    {e.value !== undefined && e.value !== '' ? (
      <Code>{e.value}</Code>
    ) : (
      <Text span c="dimmed">
        (empty)
      </Text>
    )}
    {e.line !== undefined && (
      <Text span size="xs" c="dimmed">
        {' '}
        line {count(e.line)}
      </Text>
    )}
  </div>
);

const ByColumn = ({ groups }: { groups: ColumnProblems[] }) => (
  <Table.ScrollContainer minWidth={720}>
    <Table className="trellis-table" verticalSpacing="sm" withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="28%">Column</Table.Th>
          <Table.Th className="num" w={70}>
            Rows
          </Table.Th>
          <Table.Th w="22%">Examples</Table.Th>
          <Table.Th>What to do</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {groups.map((g) => (
          <Table.Tr key={g.column}>
            <Table.Td>
              <Text fw={600} size="sm">
                {g.column}
              </Text>
              <Text size="xs" c="dimmed">
                {g.examples[0]?.reason}
              </Text>
            </Table.Td>
            <Table.Td className="num">{count(g.count)}</Table.Td>
            <Table.Td>
              <Stack gap={2}>
                {g.examples.slice(0, 3).map((e) => (
                  <Example key={`${e.line}:${e.value}`} e={e} />
                ))}
              </Stack>
            </Table.Td>
            <Table.Td>
              {g.hint ? (
                // The API words its hints for this page (a preset, the date format, the mapping editor).
                <Text size="sm">fix: {g.hint}</Text>
              ) : (
                <Text size="sm" c="dimmed">
                  Correct the values in the file
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  </Table.ScrollContainer>
);

const IssueList = ({ issues }: { issues: Issue[] }) => (
  <Table className="trellis-table" withTableBorder>
    <Table.Thead>
      <Table.Tr>
        <Table.Th className="num">Line</Table.Th>
        <Table.Th>Column</Table.Th>
        <Table.Th>Problem</Table.Th>
      </Table.Tr>
    </Table.Thead>
    <Table.Tbody>
      {issues.slice(0, 50).map((i) => (
        <Table.Tr key={`${i.line}:${i.column}:${i.reason}`}>
          <Table.Td className="num">{i.line ?? '—'}</Table.Td>
          <Table.Td>{i.column ?? '—'}</Table.Td>
          <Table.Td>{i.reason}</Table.Td>
        </Table.Tr>
      ))}
    </Table.Tbody>
  </Table>
);

export const ImportProblems = ({ error, dryRun }: { error: JobError; dryRun: boolean }) => {
  const groups = (error.byColumn ?? []) as ColumnProblems[];
  const issues = error.issues;
  const stopped = (error as { stoppedEarly?: boolean }).stoppedEarly;
  return (
    <Stack gap="sm">
      <Alert color="red" role="alert" title={dryRun ? 'The dry run found problems' : 'Nothing was imported'}>
        {error.message}
        {error.total !== undefined && groups.length > 0 && (
          <Text size="sm" mt={4}>
            {stopped ? 'At least ' : ''}
            {counted(error.total, 'problem')} in {counted(groups.length, 'column')}. Fix them in the file or
            in the mapping, then run the dry run again.
          </Text>
        )}
      </Alert>
      {groups.length > 0 ? <ByColumn groups={groups} /> : issues.length > 0 && <IssueList issues={issues} />}
    </Stack>
  );
};
