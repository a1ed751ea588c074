/**
 * "Over time": the partner's program tier, lifecycle, executive sponsor and partner manager as the
 * imports dated them — what an assessment of an earlier date read. Attributes that never changed
 * read as one line; each change shows the value it replaced and the day it took effect.
 */
import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { formatDate, NO_TIER, type PartnerAttributeHistory } from '@trellis/contracts';
import { ErrorState, Loading } from '../../components/states.tsx';

type Attribute = PartnerAttributeHistory['attributes'][number];

const valueText = (a: Attribute, value: string | null) =>
  value ?? (a.attribute === 'tier' ? NO_TIER : 'none');

const period = (from: string, to: string | null) =>
  to ? `${formatDate(from)} – ${formatDate(to)}` : `since ${formatDate(from)}`;

export const OverTimePanel = ({ query }: { query: UseQueryResult<PartnerAttributeHistory> }) => {
  const changes = query.data?.attributes.reduce((n, a) => n + Math.max(a.values.length - 1, 0), 0) ?? 0;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="over-time-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="over-time-heading">
          Over time
        </Title>
        {query.isPending ? (
          <Loading label="Loading the history…" />
        ) : query.isError ? (
          <ErrorState error={query.error} title="The history could not be loaded" />
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {changes === 0
                ? 'No change recorded since the partner joined. '
                : `${changes === 1 ? '1 change' : `${changes} changes`} recorded by the imports. `}
              An assessment of an earlier date reads the values that held then.
            </Text>
            <Table.ScrollContainer minWidth={480}>
              <Table className="trellis-table" verticalSpacing={6}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>What</Table.Th>
                    <Table.Th>Value</Table.Th>
                    <Table.Th>Held</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {query.data.attributes.flatMap((a) =>
                    [...a.values].reverse().map((v, i) => (
                      <Table.Tr key={`${a.attribute}-${v.validFrom}`}>
                        <Table.Td>{i === 0 ? a.label : ''}</Table.Td>
                        <Table.Td c={v.validTo ? 'dimmed' : undefined}>{valueText(a, v.value)}</Table.Td>
                        <Table.Td c={v.validTo ? 'dimmed' : undefined}>
                          {period(v.validFrom, v.validTo)}
                        </Table.Td>
                      </Table.Tr>
                    )),
                  )}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
      </Stack>
    </Paper>
  );
};
