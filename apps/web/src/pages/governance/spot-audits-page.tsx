/**
 * /governance/spot-audits — "Were the quarter's passes deserved?": draw a seeded share of the
 * quarter's passing evaluations (program managers), decide each item upheld or overturned
 * (auditors), and read the overturn rates per assessor and per competency. The audit shown is in
 * the URL (`?audit=3`; default: the newest, from the list — so an org without one asks for nothing that is not there). Rules: docs/governance.md, "Spot audits".
 */
import { Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatDate, formatPercent, pct, plural, type SpotAuditSummary } from '@trellis/contracts';
import { useSearchParams } from 'react-router';
import { useCan } from '../../api/org-path.ts';
import { todayIso } from '../../components/dates.ts';
import { Empty, QueryView } from '../../components/states.tsx';
import { TitledPanel } from '../../components/titled-panel.tsx';
import { AuditQueue } from './audit-queue.tsx';
import { DrawForm } from './draw-form.tsx';
import { RatesTable } from './rates-table.tsx';
import { useSpotAudit, useSpotAuditResults, useSpotAudits } from './use-spot-audits.ts';

const AuditPicker = ({
  audits,
  value,
  onChange,
}: {
  audits: SpotAuditSummary[];
  value: number;
  onChange: (n: number) => void;
}) =>
  audits.length < 2 ? null : (
    <Select
      label="Audit"
      data={audits.map((a) => ({
        value: String(a.number),
        label: `#${a.number} · ${a.quarter} · ${plural(a.decided, 'decision')} of ${a.drawn}`,
      }))}
      value={String(value)}
      onChange={(v) => v && onChange(Number(v))}
      allowDeselect={false}
      w={320}
    />
  );

const RatesPanel = ({ audit }: { audit: number }) => {
  const results = useSpotAuditResults(audit);
  return (
    <TitledPanel id="rates" title="Overturn rates">
      <QueryView query={results}>
        {(r) =>
          r.overall.audited === 0 ? (
            <Text size="sm" c="dimmed">
              No item is decided yet: the rates show from the first decision.
            </Text>
          ) : (
            <Stack gap="sm">
              <Text size="sm">
                {plural(r.overall.overturned, 'overturn')} in {plural(r.overall.audited, 'decision')}: an
                overturn rate of <strong>{pct(r.overall.rate)}</strong>
                {r.overall.pending > 0 && ` (${r.overall.pending} still to decide)`}.
              </Text>
              <SimpleGrid cols={{ base: 1, lg: 2 }}>
                <RatesTable label="Overturn rates per assessor" keyName="Assessor" rows={r.byAssessor} />
                <RatesTable
                  label="Overturn rates per competency"
                  keyName="Competency"
                  rows={r.byCompetency}
                />
              </SimpleGrid>
            </Stack>
          )
        }
      </QueryView>
    </TitledPanel>
  );
};

const AuditView = ({ number, canDecide }: { number: number; canDecide: boolean }) => (
  <QueryView query={useSpotAudit(number)}>
    {(audit) => (
      <>
        <TitledPanel id="queue" title={`Spot audit #${audit.number}: ${audit.quarter}`}>
          <Text size="sm" c="dimmed">
            {formatPercent(audit.share)} of each tier × assessor of the passing evaluations from{' '}
            {formatDate(audit.quarterStart)} to {formatDate(audit.asOf)} (seed {audit.seed}; drawn by{' '}
            {audit.createdBy}). {plural(audit.decided, 'item')} of {audit.drawn} decided, {audit.overturned}{' '}
            overturned.
          </Text>
          <AuditQueue audit={audit} canDecide={canDecide} />
        </TitledPanel>
        <RatesPanel audit={audit.number} />
      </>
    )}
  </QueryView>
);

export const SpotAuditsPage = () => {
  const can = useCan();
  const audits = useSpotAudits();
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('audit'));
  const show = (number: number) => setParams({ audit: String(number) });
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        Spot audits
      </Title>
      {can('audits:run') && (
        <TitledPanel id="draw" title="Draw an audit">
          <DrawForm today={todayIso()} onDrawn={show} />
        </TitledPanel>
      )}
      <QueryView query={audits}>
        {({ items }) => {
          // The audit in the URL, else the newest.
          const number = Number.isInteger(asked) && asked > 0 ? asked : items[0]?.number;
          return number === undefined ? (
            <Empty title="No spot audit yet">
              A program manager draws one: a share of the quarter’s passing evaluations, by tier and assessor.
            </Empty>
          ) : (
            <Stack gap="lg">
              <AuditPicker audits={items} value={number} onChange={show} />
              <AuditView number={number} canDecide={can('audits:decide')} />
            </Stack>
          );
        }}
      </QueryView>
    </Stack>
  );
};
