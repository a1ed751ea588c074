/**
 * Every kind of record: how many are in, the span of their dates, and the criteria each feeds. A
 * kind never imported says so, with what it leaves unmeasured, in grey (not measured is not zero).
 */
import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useCan } from '../../api/org-path.ts';
import { count, counted, formatDate } from '../../components/dates.ts';
import { isMissingRoute } from '../../components/problem-alert.tsx';
import { Empty, QueryView } from '../../components/states.tsx';
import { inKindOrder } from './coverage.ts';
import { type KindCoverage, useCoverage } from './import-api.ts';
import { isRecordKind, KIND_INFO } from './record-kinds.ts';

const range = (k: KindCoverage) =>
  k.from && k.to
    ? k.from === k.to
      ? formatDate(k.from)
      : `${formatDate(k.from)} – ${formatDate(k.to)}`
    : '—';

const Feeds = ({ k }: { k: KindCoverage }) => {
  const readiness = k.readiness;
  return (
    <Stack gap={4}>
      {k.rows === 0 && (
        <Text size="sm" c="dimmed" fw={600}>
          not imported —{' '}
          {k.feeds.length
            ? `${counted(k.feeds.length, 'criterion', 'criteria')} not measured`
            : 'no program criterion reads it'}
        </Text>
      )}
      {k.feeds.length > 0 && (
        <Group gap={4}>
          {k.feeds.map((c) => (
            <Badge key={c} variant={k.rows ? 'light' : 'outline'} color="gray" tt="none" radius="sm" fw={500}>
              {c}
            </Badge>
          ))}
        </Group>
      )}
      {readiness && (
        <Text size="xs" c="dimmed">
          Partner readiness: {readiness}
        </Text>
      )}
      {k.rows > 0 && !k.feeds.length && !readiness && (
        <Text size="xs" c="dimmed">
          No criterion reads it directly
        </Text>
      )}
    </Stack>
  );
};

export const CoveragePanel = () => {
  const can = useCan();
  const coverage = useCoverage(can('data-coverage:read'));
  if (!can('data-coverage:read')) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="coverage-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="coverage-heading">
          What the data measures
        </Title>
        {/* A server without the route is said once, in the summary above; no second red box. */}
        {isMissingRoute(coverage.error) ? (
          <Text size="sm" c="dimmed">
            The rows, dates and criteria of each kind show here once the server reports data coverage.
          </Text>
        ) : (
          <QueryView query={coverage} loading="Reading the data coverage…">
            {(data) =>
              data.items.length === 0 ? (
                <Empty title="No coverage to show">The server listed no kinds of record.</Empty>
              ) : (
                <Table.ScrollContainer minWidth={720}>
                  <Table className="trellis-table" verticalSpacing="xs" highlightOnHover>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Kind</Table.Th>
                        <Table.Th className="num">Rows</Table.Th>
                        <Table.Th>Date range</Table.Th>
                        <Table.Th>Criteria fed</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {inKindOrder(data.items).map((k) => (
                        <Table.Tr key={k.kind} c={k.rows ? undefined : 'dimmed'}>
                          <Table.Td>
                            <Text size="sm" fw={600}>
                              {k.kind}
                            </Text>
                            {isRecordKind(k.kind) && (
                              <Text size="xs" c="dimmed">
                                {KIND_INFO[k.kind].about}
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td className="num">{k.rows ? count(k.rows) : '—'}</Table.Td>
                          <Table.Td>
                            <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                              {range(k)}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <Feeds k={k} />
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )
            }
          </QueryView>
        )}
      </Stack>
    </Paper>
  );
};
