/**
 * Readiness by role: how many people are qualified at level ≥ 1…4 in each role, and at how many
 * partners — the capacity behind the tiers. A chart of the people, and a table with both.
 */
import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { plural, readinessByRoleOption } from '@trellis/contracts';
import { useMemo } from 'react';
import { Chart } from '../../components/chart.tsx';
import { Empty } from '../../components/states.tsx';
import type { ReadinessSummary } from './use-readiness.ts';

const LEVELS = [1, 2, 3, 4];

export const RoleReadinessPanel = ({ summary: s }: { summary: ReadinessSummary }) => {
  const option = useMemo(() => readinessByRoleOption(s), [s]);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="role-readiness">
      <Stack gap="sm">
        <Title order={2} size="h4" id="role-readiness">
          Readiness by role
        </Title>
        <Text size="sm" c="dimmed">
          People qualified at each competency level or higher (level 2+ counts everyone at 2, 3 or 4), and at
          how many partners they work.
        </Text>
        {s.readinessByRole.length === 0 ? (
          <Empty title="No qualified people yet">
            Import people and their evaluations to see who is qualified.
          </Empty>
        ) : (
          <>
            <Chart
              option={option}
              height={240}
              label="Qualified people per role at levels 1+, 2+, 3+ and 4+ (bar chart; the table below has the same figures)"
            />
            <Table.ScrollContainer minWidth={560}>
              <Table className="trellis-table" verticalSpacing={4}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Role</Table.Th>
                    {LEVELS.map((l) => (
                      <Table.Th key={l} className="num">
                        Level {l}+
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {s.readinessByRole.map((r) => (
                    <Table.Tr key={r.role}>
                      <Table.Td tt="capitalize">{r.role}</Table.Td>
                      {LEVELS.map((l, i) => (
                        <Table.Td key={l} className="num">
                          {plural(r.qualifiedPeople[i] ?? 0, 'person', 'people')}
                          <Text size="xs" c="dimmed">
                            at {plural(r.partnersWithQualified[i] ?? 0, 'partner')}
                          </Text>
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
      </Stack>
    </Paper>
  );
};
