/** The gaps that keep most partners from their next tier, largest first. */
import { Paper, Stack, Table, Title } from '@mantine/core';
import { Empty } from '../../components/states.tsx';
import type { ReadinessSummary } from './use-readiness.ts';

const KIND_TEXT: Record<string, string> = {
  headcount: 'Headcount',
  competency: 'Competency',
  references: 'References',
  composite: 'Composite',
  component: 'Component',
};

export const LargestGapsPanel = ({ summary: s }: { summary: ReadinessSummary }) => (
  <Paper withBorder p="md" component="section" aria-labelledby="largest-gaps">
    <Stack gap="sm">
      <Title order={2} size="h4" id="largest-gaps">
        Largest gaps to the next tier
      </Title>
      {s.largestGaps.length === 0 ? (
        <Empty title="No gaps">Every partner meets what its next tier asks for, or holds the top tier.</Empty>
      ) : (
        <Table className="trellis-table" verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Gap</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th className="num">Partners</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {s.largestGaps.map((g) => (
              <Table.Tr key={g.key}>
                {/* Competency lists come comma-joined without spaces: give them room to wrap. */}
                <Table.Td>{g.label.replaceAll(',', ', ')}</Table.Td>
                <Table.Td>{KIND_TEXT[g.kind] ?? g.kind}</Table.Td>
                <Table.Td className="num">{g.partners}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  </Paper>
);
