/**
 * The readiness overview (/readiness): how ready are our partners, and what holds them back? The
 * answer first (tiers held, gates, grace, remediation, the largest gap), then the tier
 * distribution, readiness by role, the largest gaps, every partner's tier a page at a time, and the
 * tier-policy simulation for roles that may run it. The scoring shown is `?asOf=` in the URL.
 */
import { Anchor, Button, Code, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatDate } from '@trellis/contracts';
import { Link } from 'react-router';
import { API, ApiError } from '../../api/client.ts';
import { useCan, useOrgPath } from '../../api/org-path.ts';
import { FreshnessLine } from '../../components/freshness-line.tsx';
import { Empty, ErrorState, Loading } from '../../components/states.tsx';
import { LargestGapsPanel } from './largest-gaps-panel.tsx';
import { ReadinessAnswer } from './readiness-answer.tsx';
import { useReadinessParams } from './readiness-params.ts';
import { RoleReadinessPanel } from './role-readiness-panel.tsx';
import { SimulationPanel } from './simulation-panel.tsx';
import { TierDistributionPanel } from './tier-distribution-panel.tsx';
import { TiersTable } from './tiers-table.tsx';
import { type ReadinessSummary, useReadinessSummary } from './use-readiness.ts';

const QUESTION = 'How ready are our partners, and what holds them back?';

/** The scoring before the one shown, if there is one. */
const previousAsOf = (s: ReadinessSummary | undefined) =>
  s?.scorings
    ?.map((x) => x.asOf)
    .filter((d) => d < s.asOf)
    .sort()
    .at(-1);

export const ReadinessPage = () => {
  const [p, set] = useReadinessParams();
  const can = useCan();
  const org = useOrgPath();
  const summary = useReadinessSummary(p.asOf);
  const prevAsOf = previousAsOf(summary.data);
  const previous = useReadinessSummary(prevAsOf);
  const heading = (
    <Title order={1} size="h2">
      {QUESTION}
    </Title>
  );
  if (summary.isPending)
    return (
      <Stack>
        {heading}
        <Loading label="Loading partner readiness…" />
      </Stack>
    );
  if (summary.isError) {
    const none = summary.error instanceof ApiError && summary.error.status === 404 && !p.asOf;
    return (
      <Stack>
        {heading}
        {none ? (
          <Empty title="No readiness scoring yet">
            Partner readiness appears once partners are scored: import partners, people, evaluations and
            references on the{' '}
            <Anchor component={Link} to="/imports" size="sm">
              Imports
            </Anchor>{' '}
            page, then score them there or with <Code>trellis score partners</Code> on the command line.
          </Empty>
        ) : (
          <ErrorState error={summary.error} title="Partner readiness could not be loaded" />
        )}
      </Stack>
    );
  }
  const s = summary.data;
  const scorings = s.scorings ?? [];
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Stack gap={6}>
          {heading}
          <Text size="sm" c="dimmed">
            Scoring as of {formatDate(s.asOf)} · tier policy {s.policy.version} · competency framework{' '}
            {s.competencyFramework.version}
          </Text>
          <FreshnessLine
            asOf={s.asOf}
            importedSince={s.importedSince}
            made="this scoring"
            action={
              can('readiness:score') ? (
                <Anchor component={Link} to={`/assessments/new?from=latest&asOf=${s.asOf}`} size="sm">
                  re-score and re-assess as of {formatDate(s.asOf)}
                </Anchor>
              ) : undefined
            }
          />
        </Stack>
        <Group gap="sm" align="flex-end">
          {scorings.length > 1 && (
            <Select
              label="Scoring"
              w={220}
              allowDeselect={false}
              value={s.asOf}
              data={scorings.map((x, i) => ({
                value: x.asOf,
                label: `${formatDate(x.asOf)}${i === 0 ? ' (latest)' : ''}`,
              }))}
              onChange={(v) => set({ asOf: v === scorings[0]?.asOf ? undefined : (v ?? undefined) })}
            />
          )}
          {/* The scoring shown as a document (what `trellis score partners` writes), to print or send. */}
          <Button
            component="a"
            variant="default"
            href={`${API}${org}/readiness/document?format=pdf&asOf=${s.asOf}`}
            download
          >
            Download report (PDF)
          </Button>
        </Group>
      </Group>
      <ReadinessAnswer summary={s} previous={prevAsOf ? previous.data : undefined} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <TierDistributionPanel summary={s} />
        <LargestGapsPanel summary={s} />
      </SimpleGrid>
      <RoleReadinessPanel summary={s} />
      <TiersTable tiers={Object.keys(s.summary.tierDistribution)} />
      {can('tiers:simulate') && <SimulationPanel key={s.asOf} defaultAsOf={s.asOf} />}
    </Stack>
  );
};
