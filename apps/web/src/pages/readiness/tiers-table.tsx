/**
 * Every partner's readiness tier in the scoring beside its program tier (recorded in the CRM), a
 * page at a time: filtered by readiness tier or to the partners to review (program tier above
 * readiness), sorted by the server (the sort shown in the header), each partner a link to its page.
 */
import { Anchor, Group, Pagination, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { formatPercent, formatScore } from '@trellis/contracts';
import { Link } from 'react-router';
import { TierBadge } from '../../components/badges.tsx';
import { SortHeader } from '../../components/sort-header.tsx';
import { Empty, ErrorState, Loading } from '../../components/states.tsx';
import { TierReview } from '../../components/tier-pair.tsx';
import { useTierWords } from '../../components/tier-words.ts';
import { useReadinessParams } from './readiness-params.ts';
import { CHANGE_TEXT } from './tier-change.ts';
import { useTiers } from './use-readiness.ts';

const PAGE_SIZE = 10;

export const TiersTable = ({ tiers }: { tiers: string[] }) => {
  const { name: tierName, order: orderTiers } = useTierWords();
  const [p, set] = useReadinessParams();
  const query = useTiers({
    asOf: p.asOf,
    tier: p.tier,
    review: p.review,
    sort: p.sort,
    limit: PAGE_SIZE,
    offset: (p.page - 1) * PAGE_SIZE,
  });
  const data = query.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="tiers-table">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <Title order={2} size="h4" id="tiers-table">
            Partners by readiness tier
          </Title>
          <Group gap="sm" align="flex-end">
            <Select
              label="Show"
              w={260}
              value={p.review ? 'review' : 'all'}
              allowDeselect={false}
              data={[
                { value: 'all', label: 'Every partner' },
                { value: 'review', label: 'Program tier above readiness — review' },
              ]}
              onChange={(v) => set({ review: v === 'review' })}
            />
            <Select
              label="Readiness tier"
              w={200}
              value={p.tier ?? ''}
              allowDeselect={false}
              data={[
                { value: '', label: 'All tiers' },
                ...orderTiers([...new Set([...tiers, 'none'])]).map((t) => ({
                  value: t,
                  label: tierName(t),
                })),
              ]}
              onChange={(v) => set({ tier: v ?? undefined })}
            />
          </Group>
        </Group>
        {query.isPending ? (
          <Loading label="Loading the tiers…" />
        ) : query.isError ? (
          <ErrorState error={query.error} />
        ) : data && data.items.length === 0 ? (
          <Empty
            title={
              p.review
                ? 'No program tier is above its readiness tier'
                : p.tier
                  ? `No partner is ${tierName(p.tier)}`
                  : 'No partners in this scoring'
            }
          >
            {p.review || p.tier
              ? 'Show every partner, or choose another tier.'
              : 'Import partners and score their readiness.'}
          </Empty>
        ) : (
          data && (
            <>
              <Table.ScrollContainer minWidth={680}>
                <Table
                  className="trellis-table"
                  verticalSpacing={6}
                  highlightOnHover
                  style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}
                >
                  <Table.Thead>
                    <Table.Tr>
                      <SortHeader
                        label="Partner"
                        sortKey="name"
                        sort={p.sort}
                        onSort={(s) => set({ sort: s })}
                      />
                      <SortHeader
                        label="Readiness tier"
                        sortKey="tier"
                        sort={p.sort}
                        onSort={(s) => set({ sort: s })}
                      />
                      <Table.Th>Program tier</Table.Th>
                      <SortHeader
                        label="Composite"
                        sortKey="composite"
                        sort={p.sort}
                        onSort={(s) => set({ sort: s })}
                        numeric
                      />
                      <Table.Th className="num">Skills</Table.Th>
                      <Table.Th className="num">Capacity</Table.Th>
                      <Table.Th className="num">Outcomes</Table.Th>
                      <Table.Th>Next tier</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((r) => (
                      <Table.Tr key={r.externalId}>
                        <Table.Td>
                          <Anchor
                            component={Link}
                            to={`/partners/${encodeURIComponent(r.externalId)}`}
                            size="sm"
                          >
                            {r.name}
                          </Anchor>
                          <Text size="xs" c="dimmed">
                            {r.externalId} · {r.type}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <TierBadge tier={r.tier} />
                          {/* The change of this scoring, and the tier earned where grace keeps a higher one. */}
                          <Text size="xs" c="dimmed">
                            {r.change === 'none' ? '' : (CHANGE_TEXT[r.change] ?? r.change)}
                            {r.earned !== r.tier ? ` · earned ${tierName(r.earned)}` : ''}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Group gap={6} wrap="nowrap">
                            <TierBadge tier={r.programTier} />
                            {r.tierReview && r.programTier && (
                              <TierReview programTier={r.programTier} readinessTier={r.tier} />
                            )}
                          </Group>
                        </Table.Td>
                        <Table.Td className="num">{formatScore(r.composite)}</Table.Td>
                        <Table.Td className="num">{formatPercent(r.skills)}</Table.Td>
                        <Table.Td className="num">{formatPercent(r.capacity)}</Table.Td>
                        <Table.Td className="num">{formatPercent(r.outcomes)}</Table.Td>
                        <Table.Td>{r.nextTier ? tierName(r.nextTier) : '—'}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Group justify="space-between">
                <Text size="sm" c="dimmed">
                  {data.offset + 1}–{data.offset + data.items.length} of {data.total} partners · composite
                  0–100, components 0–100%
                </Text>
                {pages > 1 && (
                  <Pagination
                    total={pages}
                    value={Math.min(p.page, pages)}
                    onChange={(n) => set({ page: n })}
                    size="sm"
                    getControlProps={(control) => ({ 'aria-label': `${control} page` })}
                    getItemProps={(n) => ({ 'aria-label': `Page ${n}` })}
                  />
                )}
              </Group>
            </>
          )
        )}
      </Stack>
    </Paper>
  );
};
