/**
 * The records behind one criterion's signal: what was measured, how the value turns into the
 * suggested score (the rule's cut points), and the partners the value rests on, each a link to the
 * partner. Partners' type, tier and health come from the report's performance rows.
 */
import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { formatPercent, type ProgramReport, plural } from '@trellis/contracts';
import { Link } from 'react-router';
import { HealthBadge, TierBadge } from '../../components/badges.tsx';
import { Empty, QueryView } from '../../components/states.tsx';
import { NotMeasured, SignalSummary } from './criterion-parts.tsx';
import { type Criterion, useCriterion } from './use-assessment.ts';

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

const PartnersBehind = ({ ids, report }: { ids: string[]; report: ProgramReport }) => {
  if (ids.length === 0)
    return (
      <Empty title="No partner records behind this value">The signal counted no partner's records.</Empty>
    );
  const rows = new Map(report.performance.partners.map((p) => [p.externalId, p]));
  return (
    <Table.ScrollContainer minWidth={420} mah={360}>
      <Table className="trellis-table" verticalSpacing={6} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Partner</Table.Th>
            <Table.Th>Type</Table.Th>
            <Table.Th>Tier</Table.Th>
            <Table.Th>Health</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ids.map((id) => {
            const p = rows.get(id);
            return (
              <Table.Tr key={id}>
                <Table.Td>
                  <Anchor component={Link} to={`/partners/${encodeURIComponent(id)}`} size="sm">
                    {p?.name ?? id}
                  </Anchor>
                  <Text span size="xs" c="dimmed" ml={6}>
                    {id}
                  </Text>
                </Table.Td>
                <Table.Td>{p?.type ?? '—'}</Table.Td>
                <Table.Td>
                  <TierBadge tier={p?.tier ?? null} />
                </Table.Td>
                <Table.Td>
                  <HealthBadge health={p?.health} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};

export const CriterionEvidence = ({
  assessment,
  criterion,
  report,
}: {
  assessment: string;
  criterion: Criterion;
  report: ProgramReport;
}) => {
  const detail = useCriterion(assessment, criterion.id);
  return (
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
      {criterion.signal && (
        <QueryView query={detail} loading="Loading the partners behind this signal…">
          {(c) => {
            const ids = c.signal?.partners;
            // Some signals (coverage of target regions, say) are not counted per partner.
            if (!ids)
              return (
                <Text size="sm" c="dimmed" mt="xs">
                  This value is not counted per partner; its basis above names what it counts.
                </Text>
              );
            return (
              <Stack gap={4} mt="xs">
                <Title order={3} size="h5">
                  {plural(ids.length, 'partner')} behind this value
                </Title>
                <PartnersBehind ids={ids} report={report} />
              </Stack>
            );
          }}
        </QueryView>
      )}
    </Stack>
  );
};
