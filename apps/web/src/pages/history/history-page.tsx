/**
 * /history — "How has the program moved, quarter over quarter?": the overall and dimension scores
 * of every assessment along a time axis, the partners per readiness tier at each scoring, the
 * partners that moved, and the outcomes between two dates in one sentence with the figures behind
 * it (time to live, CSAT, renewal, expansion) and each partner's own.
 */
import { Anchor, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import {
  formatDate,
  formatPercent,
  formatScore,
  type OutcomesComparison,
  plural,
  scoreHistoryOption,
  tierHistoryOption,
} from '@trellis/contracts';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { AsOfField } from '../../components/as-of-field.tsx';
import { Chart } from '../../components/chart.tsx';
import { Empty, QueryView } from '../../components/states.tsx';
import { useTierWords } from '../../components/tier-words.ts';
import { TitledPanel } from '../../components/titled-panel.tsx';
import { type History, useHistory, useOutcomes } from './use-history.ts';

const ScoresPanel = ({ h }: { h: History }) => {
  const option = useMemo(() => scoreHistoryOption(h), [h]);
  if (h.assessments.length === 0)
    return (
      <TitledPanel id="scores" title="Overall and dimension scores">
        <Empty title="No assessment yet">Assess the program to start its history.</Empty>
      </TitledPanel>
    );
  const dims = h.assessments[h.assessments.length - 1]!.dimensions;
  return (
    <TitledPanel id="scores" title="Overall and dimension scores">
      {h.assessments.length > 1 ? (
        <Chart
          option={option}
          height={320}
          label="Overall and dimension scores per assessment, oldest first; the table has the same numbers"
        />
      ) : (
        <Text size="sm" c="dimmed">
          One assessment so far: the lines draw from the second one.
        </Text>
      )}
      <Table.ScrollContainer minWidth={560}>
        <Table className="trellis-table" verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>As of</Table.Th>
              <Table.Th className="num">Overall</Table.Th>
              {dims.map((d) => (
                <Table.Th key={d.id} className="num">
                  {d.dimension}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {h.assessments.map((a) => (
              <Table.Tr key={a.number}>
                <Table.Td>
                  <Anchor component={Link} to={`/dashboard?assessment=${a.number}`} size="sm">
                    {formatDate(a.asOf)}
                  </Anchor>
                  <Text span size="xs" c="dimmed">
                    {' '}
                    #{a.number} · {a.status}
                  </Text>
                </Table.Td>
                <Table.Td className="num" fw={700}>
                  {a.overall ? `${formatScore(a.overall.score)} ${a.overall.band}` : '—'}
                </Table.Td>
                {dims.map((d) => {
                  const x = a.dimensions.find((y) => y.id === d.id);
                  return (
                    <Table.Td key={d.id} className="num">
                      {x?.score == null ? 'not assessed' : formatScore(x.score)}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </TitledPanel>
  );
};

const TiersPanel = ({ h }: { h: History }) => {
  const { name: tierName, tiers } = useTierWords();
  const option = useMemo(() => tierHistoryOption(h, tiers), [h, tiers]);
  const last = h.scorings.at(-1);
  const moves = last ? h.moves.filter((m) => m.to === last.asOf) : [];
  return (
    <TitledPanel id="tiers" title="Readiness tiers per scoring, and who moved">
      {h.scorings.length === 0 ? (
        <Empty title="No readiness scoring yet">Score partner readiness to see tiers over time.</Empty>
      ) : (
        <>
          <Chart
            option={option}
            height={260}
            label="Partners per readiness tier at each scoring, oldest first"
          />
          {last && h.scorings.length > 1 && (
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                {moves.length
                  ? `${plural(moves.length, 'partner')} changed readiness tier at the scoring of ${formatDate(last.asOf)}`
                  : `No partner changed readiness tier at the scoring of ${formatDate(last.asOf)}`}
              </Text>
              {moves.length > 0 && (
                <Table className="trellis-table" verticalSpacing={4} fz="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Partner</Table.Th>
                      <Table.Th>Readiness tier then</Table.Th>
                      <Table.Th>Now</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {moves.map((m) => (
                      <Table.Tr key={m.externalId}>
                        <Table.Td>
                          <Anchor
                            component={Link}
                            to={`/partners/${encodeURIComponent(m.externalId)}`}
                            size="sm"
                          >
                            {m.name}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{tierName(m.before)}</Table.Td>
                        <Table.Td>
                          {tierName(m.after)} {m.direction === 'up' ? '↑ promoted' : '↓ demoted'}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Stack>
          )}
        </>
      )}
    </TitledPanel>
  );
};

const days = (x: number | null) => (x === null ? '—' : plural(Math.round(x), 'day'));
const rate = (x: number | null, n: number) => (x === null ? '—' : `${formatPercent(x)} (n = ${n})`);

const OutcomeTable = ({ r }: { r: OutcomesComparison }) => (
  <Table className="trellis-table" verticalSpacing={4} fz="sm">
    <Table.Thead>
      <Table.Tr>
        <Table.Th>Projects that went live</Table.Th>
        <Table.Th>
          {formatDate(r.before.from)} – {formatDate(r.before.asOf)}
        </Table.Th>
        <Table.Th>
          {formatDate(r.after.from)} – {formatDate(r.after.asOf)}
        </Table.Th>
      </Table.Tr>
    </Table.Thead>
    <Table.Tbody>
      <Table.Tr>
        <Table.Td>Projects (partners)</Table.Td>
        <Table.Td>{`${r.before.projects} (${r.before.partners})`}</Table.Td>
        <Table.Td>{`${r.after.projects} (${r.after.partners})`}</Table.Td>
      </Table.Tr>
      <Table.Tr>
        <Table.Td>Time to live (start → go-live)</Table.Td>
        <Table.Td>{days(r.before.timeToLiveDays)}</Table.Td>
        <Table.Td>{days(r.after.timeToLiveDays)}</Table.Td>
      </Table.Tr>
      <Table.Tr>
        <Table.Td>CSAT (0–10)</Table.Td>
        <Table.Td>
          {r.before.csat === null ? '—' : `${formatScore(r.before.csat)} (n = ${r.before.csatN})`}
        </Table.Td>
        <Table.Td>
          {r.after.csat === null ? '—' : `${formatScore(r.after.csat)} (n = ${r.after.csatN})`}
        </Table.Td>
      </Table.Tr>
      <Table.Tr>
        <Table.Td>Renewal</Table.Td>
        <Table.Td>{rate(r.before.renewalRate, r.before.renewalN)}</Table.Td>
        <Table.Td>{rate(r.after.renewalRate, r.after.renewalN)}</Table.Td>
      </Table.Tr>
      <Table.Tr>
        <Table.Td>Expansion</Table.Td>
        <Table.Td>{rate(r.before.expansionRate, r.before.expansionN)}</Table.Td>
        <Table.Td>{rate(r.after.expansionRate, r.after.expansionN)}</Table.Td>
      </Table.Tr>
    </Table.Tbody>
  </Table>
);

const OutcomesPanel = () => {
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const set = (k: 'from' | 'to', v: string) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (v) next.set(k, v);
      else next.delete(k);
      return next;
    });
  const outcomes = useOutcomes(from || undefined, to || undefined);
  return (
    <TitledPanel id="outcomes" title="What changed for customers between two dates?">
      <Group align="flex-start" gap="md">
        <AsOfField
          label="From"
          value={from}
          onChange={(v) => set('from', v)}
          emptyMeans="two quarters before “To”"
        />
        <AsOfField
          label="To"
          value={to}
          onChange={(v) => set('to', v)}
          emptyMeans="the latest assessment or scoring date"
        />
      </Group>
      <QueryView query={outcomes} loading="Comparing outcomes…">
        {(r) => (
          <Stack gap="sm">
            <Text fw={600}>{r.change.statement}</Text>
            <Text size="xs" c="dimmed">
              Each date reads the delivery projects that went live in the {plural(r.windowDays, 'day')} before
              it.
            </Text>
            <OutcomeTable r={r} />
          </Stack>
        )}
      </QueryView>
    </TitledPanel>
  );
};

export const HistoryPage = () => {
  const history = useHistory();
  return (
    <Stack gap="lg">
      <Title order={1}>How has the program moved, quarter over quarter?</Title>
      <QueryView query={history} loading="Loading the program’s history…">
        {(h) => (
          <Stack gap="lg">
            <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="lg">
              <ScoresPanel h={h} />
              <TiersPanel h={h} />
            </SimpleGrid>
            <OutcomesPanel />
          </Stack>
        )}
      </QueryView>
    </Stack>
  );
};
