/**
 * The records behind one criterion's signal: what was measured, how the value turns into the
 * suggested score (the rule's cut points), and the partners the value rests on — each with its own
 * figure behind the value, a link to the partner, its type, tier and health — a page at a time.
 */
import { Anchor, Group, Pagination, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { formatPercent, plural } from '@trellis/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { HealthBadge, TierBadge } from '../../components/badges.tsx';
import { Empty, QueryView } from '../../components/states.tsx';
import { NotMeasured, SignalSummary } from './criterion-parts.tsx';
import {
  CRITERION_PAGE_SIZE,
  type Criterion,
  type CriterionPartner,
  useCriterionPartners,
} from './use-assessment.ts';

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

/** The partners behind the value, a page at a time, with a search once there are more than a page. */
const PartnersBehind = ({ assessment, c }: { assessment: string; c: Criterion }) => {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [page, setPage] = useState(1);
  const list = useCriterionPartners(assessment, c.id, q, page);
  return (
    <QueryView query={list} loading="Loading the partners behind this value…">
      {(r) => {
        // Some signals (coverage of target regions, say) are not counted per partner.
        if (!r.countedPerPartner)
          return (
            <Text size="sm" c="dimmed" mt="xs">
              This value is not counted per partner; its basis above names what it counts.
            </Text>
          );
        const pages = Math.max(1, Math.ceil(r.total / CRITERION_PAGE_SIZE));
        const searching = q !== '' || search !== '';
        return (
          <Stack gap={6} mt="xs">
            <Group justify="space-between" align="flex-end" wrap="nowrap">
              <Title order={3} size="h5">
                {searching
                  ? `${plural(r.total, 'partner')} behind this value match “${q}”`
                  : `${plural(r.total, 'partner')} behind this value`}
              </Title>
              {(r.total > CRITERION_PAGE_SIZE || searching) && (
                <TextInput
                  size="xs"
                  w={200}
                  placeholder="Name or ID"
                  aria-label="Search the partners behind this value"
                  value={search}
                  onChange={(e) => {
                    setSearch(e.currentTarget.value);
                    setPage(1);
                  }}
                />
              )}
            </Group>
            {r.items.length === 0 ? (
              <Empty title={searching ? 'No partner matches' : 'No partner records behind this value'}>
                {searching
                  ? 'Try another part of the name or ID.'
                  : 'The signal counted no partner’s records.'}
              </Empty>
            ) : (
              <PartnerRows rows={r.items} />
            )}
            {pages > 1 && (
              <Group justify="space-between">
                <Text size="xs" c="dimmed" aria-live="polite">
                  {`Partners ${(page - 1) * CRITERION_PAGE_SIZE + 1}–${(page - 1) * CRITERION_PAGE_SIZE + r.items.length} of ${r.total}`}
                </Text>
                <Pagination
                  size="xs"
                  total={pages}
                  value={page}
                  onChange={setPage}
                  aria-label="Pages of the partners behind this value"
                  getItemProps={(p) => ({ 'aria-label': `Page ${p}` })}
                  getControlProps={(ctl) => ({
                    'aria-label': `${ctl[0]!.toUpperCase()}${ctl.slice(1)} page`,
                  })}
                />
              </Group>
            )}
          </Stack>
        );
      }}
    </QueryView>
  );
};

/** Each partner with its own figure behind the value, tier and health; the name links to the partner. */
const PartnerRows = ({ rows }: { rows: CriterionPartner[] }) => {
  const withDetail = rows.some((p) => p.detail !== null);
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table className="trellis-table" verticalSpacing={6} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Partner</Table.Th>
            {withDetail && <Table.Th>Its figure</Table.Th>}
            <Table.Th>Tier</Table.Th>
            <Table.Th>Health</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((p) => (
            <Table.Tr key={p.externalId}>
              <Table.Td>
                <Anchor component={Link} to={`/partners/${encodeURIComponent(p.externalId)}`} size="sm">
                  {p.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {[p.externalId, p.type].filter(Boolean).join(' · ')}
                </Text>
              </Table.Td>
              {withDetail && <Table.Td fz="sm">{p.detail ?? '—'}</Table.Td>}
              <Table.Td>
                <TierBadge tier={p.tier} />
              </Table.Td>
              <Table.Td>
                <HealthBadge health={p.health} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
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
    {criterion.signal && <PartnersBehind assessment={assessment} c={criterion} />}
  </Stack>
);
