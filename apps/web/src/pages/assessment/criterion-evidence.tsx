/**
 * The records behind one criterion's signal: what was measured, how the value turns into the
 * suggested score (the rule's cut points), and every unit behind the value (criterion-units.tsx).
 */
import { Stack, Table, Text, Title } from '@mantine/core';
import { formatPercent } from '@trellis/contracts';
import { NotMeasured, SignalSummary } from './criterion-parts.tsx';
import { UnitsBehind } from './criterion-units.tsx';
import type { Criterion } from './use-assessment.ts';

/** A cut point in the signal's own unit, read from how its value is displayed. */
const formatCut = (cut: number, display: string): string => {
  if (display.endsWith('%')) return formatPercent(cut);
  if (display.includes('/10')) return `${cut}/10`;
  if (display.endsWith(' days')) return `${cut} days`;
  return String(cut);
};

/** How the value turns into the suggested score: the value range of each score 1–5, the suggested one marked. */
const RuleTable = ({ c }: { c: Criterion }) => {
  if (!c.signal) return null;
  const { better, cuts } = c.signal.rule;
  const unit = (x: number) => formatCut(x, c.signal!.display);
  const [ge, lt] = better === 'higher' ? ['≥', '<'] : ['≤', '>'];
  const ranges = [`${lt} ${unit(cuts[0]!)}`, ...cuts.map((cut) => `${ge} ${unit(cut)}`)];
  return (
    <Table
      withTableBorder
      withColumnBorders
      ta="center"
      fz="xs"
      verticalSpacing={4}
      aria-label="How the value suggests a score"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th ta="center">Score</Table.Th>
          {ranges.map((r, i) => (
            <Table.Th key={r} ta="center" bg={c.suggested === i + 1 ? 'trellis.0' : undefined}>
              {i + 1}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        <Table.Tr>
          <Table.Th ta="center" fw={400}>
            {better === 'higher' ? 'Higher is better' : 'Lower is better'}
          </Table.Th>
          {ranges.map((r, i) => (
            <Table.Td
              key={r}
              bg={c.suggested === i + 1 ? 'trellis.0' : undefined}
              fw={c.suggested === i + 1 ? 700 : 400}
            >
              {r}
            </Table.Td>
          ))}
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
};

export const CriterionEvidence = ({
  assessment,
  criterion,
}: {
  assessment: string;
  criterion: Criterion;
}) => (
  <Stack gap="xs">
    <Title order={3} size="h5">
      What the data shows
    </Title>
    {criterion.missingData.length > 0 ? (
      <NotMeasured missing={criterion.missingData} />
    ) : criterion.signal ? (
      <>
        <SignalSummary c={criterion} />
        <RuleTable c={criterion} />
      </>
    ) : (
      <Text size="sm" c="dimmed">
        The framework has no data signal for this criterion: only the assessor can score it.
      </Text>
    )}
    {criterion.signal && <UnitsBehind assessment={assessment} c={criterion} />}
  </Stack>
);
