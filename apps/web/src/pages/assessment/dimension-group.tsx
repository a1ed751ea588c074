/**
 * One dimension of the framework: its score and band at the head, the findings that explain it,
 * and a row per criterion — signal, suggested, assessor's and final score. Opening a criterion
 * (its text is a button) shows the records behind it.
 */
import { Anchor, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { formatScore } from '@trellis/contracts';
import { BandBadge } from '../../components/badges.tsx';
import { ClaimedVsObserved, FinalScore, ScoreText, SignalSummary } from './criterion-parts.tsx';
import type { Dimension } from './use-assessment.ts';

export const DimensionGroup = ({
  dimension: d,
  onOpen,
}: {
  dimension: Dimension;
  onOpen: (criterion: string) => void;
}) => (
  <Paper withBorder p="md" component="section" aria-labelledby={`dim-${d.id}`}>
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Title order={2} size="h3" id={`dim-${d.id}`}>
          {d.dimension}
        </Title>
        <Group gap="xs" wrap="nowrap">
          <Text fw={700} size="xl" lh={1}>
            {d.score === null ? '—' : formatScore(d.score)}
          </Text>
          <BandBadge band={d.score === null ? null : d.band} />
        </Group>
      </Group>
      {d.findings.map((f) => (
        <Text key={f.criterion} size="sm" c="dimmed">
          {f.text}
        </Text>
      ))}
      <Table.ScrollContainer minWidth={640}>
        <Table className="trellis-table" verticalSpacing="xs" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Criterion</Table.Th>
              <Table.Th w="32%">Signal from the data</Table.Th>
              <Table.Th className="num" w={84}>
                Suggested
              </Table.Th>
              <Table.Th className="num" w={84}>
                Assessor's
              </Table.Th>
              <Table.Th className="num" w={100}>
                Final
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {d.criteria.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <Anchor component="button" type="button" size="sm" ta="left" onClick={() => onOpen(c.id)}>
                      {c.text}
                    </Anchor>
                    <ClaimedVsObserved c={c} />
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <SignalSummary c={c} />
                </Table.Td>
                <Table.Td className="num">
                  <ScoreText score={c.suggested} />
                </Table.Td>
                <Table.Td className="num">
                  <ScoreText score={c.manual?.score} />
                </Table.Td>
                <Table.Td className="num">
                  <FinalScore c={c} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  </Paper>
);
